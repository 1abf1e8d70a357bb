using System.Collections.Concurrent;

namespace Crm.Web.SignIn;

/// <summary>
/// The tokens of every signed-in session, kept in this process (the cookie carries a copy for a restart). One lock per
/// session: refresh tokens rotate, and a refresh token used twice revokes the whole chain.
/// </summary>
public sealed class SessionTokens
{
    private readonly ConcurrentDictionary<string, TokenSet> _tokens = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();

    public TokenSet? Get(string session) => _tokens.GetValueOrDefault(session);

    public bool Has(string session) => _tokens.ContainsKey(session);

    public void Set(string session, TokenSet tokens) => _tokens[session] = tokens;

    public void Remove(string session)
    {
        _tokens.TryRemove(session, out _);
        _locks.TryRemove(session, out _);
    }

    public SemaphoreSlim LockOf(string session) => _locks.GetOrAdd(session, _ => new SemaphoreSlim(1, 1));
}
