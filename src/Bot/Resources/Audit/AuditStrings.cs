namespace ComplianceBot.Bot.Resources.Audit;

/// <summary>Marker for the audit chain's mails to the officers (head published, verification failed): AuditStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class AuditStrings
{
    private AuditStrings()
    {
    }
}
