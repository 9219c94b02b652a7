namespace ComplianceBot.Domain.People;

/// <summary>
/// A person known from Entra ID. Directory data, refreshed from Graph, so not a register row:
/// its columns are updated in place by <see cref="UpdateFromDirectory"/>. A person who leaves keeps the row
/// (their declarations and history name them, Inv. 4); <see cref="LeftOn"/> says from when (decision 132).
/// </summary>
public sealed class Employee
{
    public const int IdMaxLength = 100;
    public const int NameMaxLength = 300;
    public const int MailMaxLength = 320;

    private Employee()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
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

    /// <summary>Where Outlook invitations and notices go (mail, else the user principal name, from the directory).</summary>
    public string? Mail { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// The day the directory first reported the account removed or disabled; null while they work here.
    /// Who counts as active is <see cref="ActiveEmployees"/>'s one rule.
    /// </summary>
    public DateOnly? LeftOn { get; private set; }

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

    /// <summary>The mail address from the directory; a blank value keeps the known one (a delta round may omit it).</summary>
    public void UpdateMail(string? mail, DateTimeOffset now)
    {
        var value = Guard.OptionalText(mail, MailMaxLength, nameof(Mail));
        if (value is not null)
        {
            Mail = value;
            UpdatedAt = now.ToUniversalTime();
        }
    }

    /// <summary>Records that the person left on <paramref name="day"/>; false when already recorded (the first day stays).</summary>
    public bool MarkLeft(DateOnly day, DateTimeOffset now)
    {
        if (LeftOn is not null)
        {
            return false;
        }

        LeftOn = day;
        UpdatedAt = now.ToUniversalTime();
        return true;
    }

    /// <summary>Clears <see cref="LeftOn"/> when the account is back; false when they had not left.</summary>
    public bool MarkReturned(DateTimeOffset now)
    {
        if (LeftOn is null)
        {
            return false;
        }

        LeftOn = null;
        UpdatedAt = now.ToUniversalTime();
        return true;
    }
}
