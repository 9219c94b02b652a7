using System.Security.Cryptography;
using System.Text;
using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Declarations;

/// <summary>
/// A short-lived download link to a register export, for one officer. Only the SHA-256 of the link's token is
/// stored, so a copy of the database does not yield working links; the token itself goes only to the officer.
/// </summary>
public sealed class RegisterExportLink
{
    public const int FilterMaxLength = 1000;
    public const int TokenBytes = 32;

    // Stryker disable once Block : equivalent — an EF-only constructor; EF Core's materialisation sets every property before any read
    private RegisterExportLink()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        TokenHash = OfficerAadObjectId = Filter = string.Empty;
    }

    public Guid Id { get; private set; }
    public string TokenHash { get; private set; }
    public string OfficerAadObjectId { get; private set; }

    /// <summary>The filters the officer chose (JSON), applied again when the file is downloaded.</summary>
    public string Filter { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Creates a link and returns the token (URL-safe, 256 random bits) that opens it.</summary>
    public static (RegisterExportLink Link, string Token) Create(ActiveOfficer officer, string filter, TimeSpan lifetime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "An export link needs a positive lifetime.");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var link = new RegisterExportLink
        {
            Id = Guid.NewGuid(),
            TokenHash = Hash(token),
            OfficerAadObjectId = Guard.Text(officer.AadObjectId, Employee.IdMaxLength, "officer"),
            Filter = Guard.Text(filter, FilterMaxLength, nameof(Filter)),
            CreatedAt = now.ToUniversalTime(),
            ExpiresAt = (now + lifetime).ToUniversalTime(),
        };
        return (link, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    public bool IsValidAt(DateTimeOffset now) => now < ExpiresAt;
}
