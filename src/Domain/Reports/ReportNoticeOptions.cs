using System.ComponentModel.DataAnnotations;

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
    [EmailAddress(ErrorMessage = "Organization:AuthorizedBodyEmail must be an e-mail address.")]
    public string? AuthorizedBodyEmail { get; set; }
}
