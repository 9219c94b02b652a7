using System.Security.Cryptography;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Reports;

/// <summary>Generates a passphrase of five groups of four lower-case letters and digits (about 100 bits), easy to copy and type.</summary>
public static class PassphraseGenerator
{
    public static readonly DomainRule ReportPassphraseMustBeStrongEnough = new(nameof(ReportPassphraseMustBeStrongEnough), "23.2", DomainMessageKeys.PassphraseTooWeak);

    public const int MinimumLength = 16;
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string Generate()
    {
        var groups = Enumerable.Range(0, 5).Select(_ =>
            string.Create(4, 0, (span, _) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
                }
            }));
        return string.Join('-', groups);
    }

    /// <summary>Reg. 23.2: a chosen passphrase must be long enough that the case cannot be opened by guessing.</summary>
    public static void EnsureStrongEnough(string? passphrase)
    {
        if (passphrase is null || passphrase.Trim().Length < MinimumLength)
        {
            throw ReportPassphraseMustBeStrongEnough.Refusal();
        }
    }
}
