namespace ComplianceBot.Domain.Reports;

/// <summary>A recorded step of a report's life: who, when, from which status to which.</summary>
public sealed class ReportTransition : IRegisterRecord
{
    public const int NoteMaxLength = 4000;

    private ReportTransition()
    {
    }

    internal ReportTransition(Guid reportId, int sequence, ReportEvent @event, ReportStatus from, ReportStatus to, string? actor, DateTimeOffset at, string? note)
    {
        Id = Guid.NewGuid();
        ReportId = reportId;
        Sequence = sequence;
        Event = @event;
        FromStatus = from;
        ToStatus = to;
        Actor = actor;
        At = at.ToUniversalTime();
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public int Sequence { get; private set; }
    public ReportEvent Event { get; private set; }
    public ReportStatus FromStatus { get; private set; }
    public ReportStatus ToStatus { get; private set; }

    /// <summary>Officer's Entra object id; null for the reporter's own steps.</summary>
    public string? Actor { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
}
