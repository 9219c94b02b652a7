namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Who is told about reports (Reg. 23.3, 29, 23.4), read from the <c>Organization</c> section that
/// <see cref="People.OrganizationOptions"/> also binds. Either may be empty in development: no row is written then.
/// </summary>
public sealed class ReportNoticeOptions
{
    public const string SectionName = "Organization";

    /// <summary>Entra object id of the director, who gets the notices of Reg. 23.3.</summary>
    public string? DirectorAadObjectId { get; set; }

    /// <summary>The authorized body's (anti-corruption agency's) contact mailbox for Reg. 29 escalations.</summary>
    public string? AuthorizedBodyEmail { get; set; }

    public const string InvalidEmailMessage = "Organization:AuthorizedBodyEmail must be empty or an e-mail address.";

    /// <summary>Empty (appsettings.json ships "") or something with a local part and a domain.</summary>
    public bool HasValidAuthorizedBodyEmail()
    {
        if (string.IsNullOrWhiteSpace(AuthorizedBodyEmail))
        {
            return true;
        }

        var at = AuthorizedBodyEmail.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < AuthorizedBodyEmail.Length - 1;
    }
}
