namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>The last <c>capacity</c> items added; the oldest falls out when a new one arrives. Not thread-safe: the store locks.</summary>
public sealed class RingBuffer<T>(int capacity)
{
    private readonly T[] _items = new T[capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity))];
    private int _next;

    public int Count { get; private set; }
    public int Capacity => _items.Length;

    /// <summary>Adds an item and returns the one it pushed out, if any.</summary>
    public bool Add(T item, out T? evicted)
    {
        var full = Count == _items.Length;
        evicted = full ? _items[_next] : default;
        _items[_next] = item;
        _next = (_next + 1) % _items.Length;
        Count = Math.Min(Count + 1, _items.Length);
        return full;
    }

    public void Add(T item) => Add(item, out _);

    /// <summary>Oldest first.</summary>
    public T[] ToArray()
    {
        var result = new T[Count];
        var start = (_next - Count + _items.Length) % _items.Length;
        for (var i = 0; i < Count; i++)
        {
            result[i] = _items[(start + i) % _items.Length];
        }

        return result;
    }

    public T? Last => Count == 0 ? default : _items[(_next - 1 + _items.Length) % _items.Length];
}
