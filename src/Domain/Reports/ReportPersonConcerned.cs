using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Reports;

/// <summary>A person the report concerns, as the reporter or the officer named them; an investigator must not be one (issue 5).</summary>
public sealed class ReportPersonConcerned : IRegisterRecord
{
    public const int NameMaxLength = 300;

    private ReportPersonConcerned()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Name = NameKey = string.Empty;
    }

    internal ReportPersonConcerned(Guid reportId, string name, string? aadObjectId, string? addedBy)
    {
        Id = Guid.NewGuid();
        ReportId = reportId;
        Name = name;
        NameKey = PersonName.Key(name);
        AadObjectId = aadObjectId;
        AddedBy = addedBy;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string Name { get; private set; }

    /// <summary><see cref="PersonName.Key"/> of <see cref="Name"/>: what a query narrows the recusal by name with (decision 144).</summary>
    public string NameKey { get; private set; }
    public string? AadObjectId { get; private set; }

    /// <summary>The officer who added the person; null when the reporter named them.</summary>
    public string? AddedBy { get; private set; }
}
