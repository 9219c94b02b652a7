using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Domain.People;

/// <summary>Settings under <c>Organization</c> that the registers need.</summary>
public sealed class OrganizationOptions
{
    public const string SectionName = "Organization";
    public const string InvalidTimeZoneMessage = "Organization:TimeZone must be a time-zone id known to this machine (e.g. Asia/Almaty).";

    /// <summary>Entra object id of the director (Reg. 6–7: the director appoints officers).</summary>
    public string? DirectorAadObjectId { get; set; }

    [Required(ErrorMessage = InvalidTimeZoneMessage)]
    public string TimeZone { get; set; } = "Asia/Almaty";

    [RegularExpression("^(kk|ru|en)$", ErrorMessage = "Organization:DefaultLanguage must be kk, ru or en.")]
    public string DefaultLanguage { get; set; } = "kk";

    public static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
