namespace ComplianceBot.Domain.Reports;

/// <summary>One message of the thread between the reporter and the officer (Reg. 22.7: a two-way channel).</summary>
public sealed class ReportMessage : IRegisterRecord
{
    public const int TextMaxLength = 8000;

    private ReportMessage()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Text = string.Empty;
    }

    internal ReportMessage(Guid reportId, int sequence, MessageAuthor author, string? officerAadObjectId, string text, DateTimeOffset sentAt)
    {
        Id = Guid.NewGuid();
        ReportId = reportId;
        Sequence = sequence;
        Author = author;
        OfficerAadObjectId = officerAadObjectId;
        Text = text;
        SentAt = sentAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public int Sequence { get; private set; }
    public MessageAuthor Author { get; private set; }
    public string? OfficerAadObjectId { get; private set; }
    public string Text { get; private set; }

    /// <summary>For an anonymous reporter's message, the start of the day only: an exact time could be matched to Teams logs.</summary>
    public DateTimeOffset SentAt { get; private set; }
}
