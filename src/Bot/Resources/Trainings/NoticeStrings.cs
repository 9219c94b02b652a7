namespace ComplianceBot.Bot.Resources.Trainings;

/// <summary>Marker for the director's notice mails and the officers' late-notice card: NoticeStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class NoticeStrings
{
    private NoticeStrings()
    {
    }
}
