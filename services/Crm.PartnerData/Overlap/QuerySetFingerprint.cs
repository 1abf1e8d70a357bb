using System.Buffers.Binary;

namespace Crm.PartnerData.Overlap;

/// <summary>
/// A submitted set of email hashes kept compactly (sorted 8-byte prefixes of the SHA-256 hashes), so a new query can be
/// compared with a partner's earlier ones: two sets that differ by a handful of hashes ask, together, about those few
/// people, and are refused however the answers are protected.
/// </summary>
public static class QuerySetFingerprint
{
    public static byte[] Of(IEnumerable<string> hexHashes)
    {
        var prefixes = hexHashes.Select(h => Convert.FromHexString(h.AsSpan(0, 16))).Select(b => BinaryPrimitives.ReadUInt64BigEndian(b))
            .Distinct().Order().ToArray();
        var bytes = new byte[prefixes.Length * 8];
        for (var i = 0; i < prefixes.Length; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(i * 8), prefixes[i]);
        }

        return bytes;
    }

    public static int Count(byte[] fingerprint) => fingerprint.Length / 8;

    /// <summary>How many hashes are in one set and not the other.</summary>
    public static int Difference(byte[] a, byte[] b)
    {
        int i = 0, j = 0, difference = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = BinaryPrimitives.ReadUInt64BigEndian(a.AsSpan(i));
            var y = BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(j));
            if (x == y)
            {
                i += 8;
                j += 8;
                continue;
            }

            difference++;
            if (x < y)
            {
                i += 8;
            }
            else
            {
                j += 8;
            }
        }

        return difference + (a.Length - i) / 8 + (b.Length - j) / 8;
    }

    /// <summary>True when <paramref name="candidate"/> differs from any earlier set by fewer than <paramref name="minimumDifference"/> hashes.</summary>
    public static bool NearlyRepeats(byte[] candidate, IEnumerable<byte[]> earlier, int minimumDifference) =>
        earlier.Any(e => Difference(candidate, e) < minimumDifference);
}
