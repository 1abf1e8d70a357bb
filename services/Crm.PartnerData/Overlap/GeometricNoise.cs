using System.Security.Cryptography;

namespace Crm.PartnerData.Overlap;

/// <summary>
/// The two-sided geometric mechanism (the discrete Laplace): P(noise = k) ∝ e^(−ε·|k|). Added to a count that one person
/// changes by at most 1, every answer is at most e^ε times likelier with that person than without (ε-differential
/// privacy), and the answer stays an integer. Drawn from the operating system's cryptographic generator, as the
/// difference of two geometric variables sampled by inversion from 53-bit uniforms.
/// </summary>
public sealed class GeometricNoise
{
    public int Sample(double epsilon)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epsilon);
        var logAlpha = -epsilon;
        return OneSided(logAlpha) - OneSided(logAlpha);
    }

    /// <summary>P(G = k) = (1 − α)·α^k with ln α = <paramref name="logAlpha"/>.</summary>
    private static int OneSided(double logAlpha)
    {
        var value = Math.Floor(Math.Log(Uniform()) / logAlpha);
        return value >= int.MaxValue / 2 ? int.MaxValue / 2 : (int)value;
    }

    /// <summary>Uniform on (0, 1].</summary>
    private static double Uniform()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        var bits = BitConverter.ToUInt64(bytes) >> 11;
        return (bits + 1) * (1.0 / (1UL << 53));
    }
}
