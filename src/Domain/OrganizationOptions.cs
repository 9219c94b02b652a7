using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Domain;

/// <summary>
/// The organisation, once: the one class bound to the <c>Organization</c> section (issue 17). Who the director is
/// (Reg. 6–7: appoints the officers; Reg. 23.3, 29: gets the notices), the authorized body's contact (Reg. 5.7, 23.4, 29),
/// the time zone every date of the registers and every calendar event is in, and the language of users whose locale
/// the bot does not speak.
/// </summary>
public sealed class OrganizationOptions
{
    public const string SectionName = "Organization";
    public const string InvalidTimeZoneMessage = "Organization:TimeZone must be a time-zone id known to this machine (e.g. Asia/Almaty).";
    public const string InvalidDirectorEmailMessage = "Organization:DirectorEmail must be empty or a mail address.";
    public const string InvalidAuthorizedBodyEmailMessage = "Organization:AuthorizedBodyEmail must be empty or a mail address.";

    /// <summary>Entra object id of the director. Empty in development: director notices wait for it (decision 123).</summary>
    public string? DirectorAadObjectId { get; set; }

    /// <summary>When unset, the director's mail from the Employee register.</summary>
    public string? DirectorEmail { get; set; }

    /// <summary>The authorized body's (anti-corruption agency's) contact mailbox; escalations go here, never to the director.</summary>
    public string? AuthorizedBodyEmail { get; set; }

    /// <summary>The zone of the registers' dates (deadlines, periods) and of training times in calendars.</summary>
    [Required(ErrorMessage = InvalidTimeZoneMessage)]
    public string TimeZone { get; set; } = "Asia/Almaty";

    [Required]
    [RegularExpression("^(kk|ru|en)$", ErrorMessage = "Organization:DefaultLanguage must be kk, ru or en.")]
    public string DefaultLanguage { get; set; } = "kk";

    public static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>Empty means "not configured yet" (delivery waits); anything else must be a mail address.</summary>
    public static bool IsBlankOrMail(string? value) =>
        string.IsNullOrWhiteSpace(value) || new EmailAddressAttribute().IsValid(value);
}
