namespace ComplianceBot.Domain.People;

/// <summary>
/// A person known from Entra ID. Directory data, refreshed from Graph, so not a register row:
/// its columns are updated in place by <see cref="UpdateFromDirectory"/>.
/// </summary>
public sealed class Employee
{
    public const int IdMaxLength = 100;
    public const int NameMaxLength = 300;

    private Employee()
    {
        AadObjectId = TenantId = DisplayName = PreferredLanguage = string.Empty;
    }

    public string AadObjectId { get; private set; }
    public string TenantId { get; private set; }
    public string DisplayName { get; private set; }
    public string? Department { get; private set; }
    public string? JobTitle { get; private set; }

    /// <summary>kk, ru or en.</summary>
    public string PreferredLanguage { get; private set; }
    public string? ManagerAadObjectId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static IReadOnlyList<string> Languages { get; } = ["kk", "ru", "en"];

    public static Employee Create(string aadObjectId, string tenantId, string displayName, string preferredLanguage, DateTimeOffset now)
    {
        var employee = new Employee { AadObjectId = Guard.Text(aadObjectId, IdMaxLength, nameof(AadObjectId)) };
        employee.UpdateFromDirectory(tenantId, displayName, null, null, null, preferredLanguage, now);
        return employee;
    }

    public void UpdateFromDirectory(
        string tenantId, string displayName, string? department, string? jobTitle, string? managerAadObjectId,
        string preferredLanguage, DateTimeOffset now)
    {
        TenantId = Guard.Text(tenantId, IdMaxLength, nameof(TenantId));
        DisplayName = Guard.Text(displayName, NameMaxLength, nameof(DisplayName));
        Department = Guard.OptionalText(department, NameMaxLength, nameof(Department));
        JobTitle = Guard.OptionalText(jobTitle, NameMaxLength, nameof(JobTitle));
        ManagerAadObjectId = Guard.OptionalText(managerAadObjectId, IdMaxLength, nameof(ManagerAadObjectId));
        PreferredLanguage = Languages.Contains(preferredLanguage) ? preferredLanguage : Languages[0];
        UpdatedAt = now.ToUniversalTime();
    }
}
