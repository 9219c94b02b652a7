using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Delivery.Graph;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

public sealed partial class NoticeMailComposerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);

    private static readonly string[] MailedKinds =
    [
        DirectorNoticeKinds.ReportFiled, DirectorNoticeKinds.ReportClosed, DirectorNoticeKinds.GiftDeclared,
        DirectorNoticeKinds.ConflictDeclared, DirectorNoticeKinds.EscalatedToAuthorizedBody, DirectorNoticeKinds.CaseNeedsOfficer,
        DirectorNoticeKinds.ExplanationOverdue, DirectorNoticeKinds.ActualConflict, DirectorNoticeKinds.ActualConflictOfDirector,
        DirectorNoticeKinds.SentToAuthorizedBody,
    ];

    public static TheoryData<string> Languages => [.. BotLanguages.All];

    // Issue 6: each notice says what happened in its subject — no two kinds share a subject, each names the number.
    [Theory]
    [MemberData(nameof(Languages))]
    public void Compose_EachKind_HasItsOwnSubjectWithNumberAndLocalizedCategory(string language)
    {
        var composer = Composer();

        var subjects = MailedKinds.Select(kind => composer.Compose(Notice(kind, "Bribery", "Received"), "d@contoso.kz", language, "k").Subject).ToList();

        Assert.Equal(subjects.Count, subjects.Distinct(StringComparer.Ordinal).Count());
        Assert.All(subjects, s => Assert.Contains("X-2026-0001", s, StringComparison.Ordinal));
        Assert.Contains(language switch { "ru" => "Взятка", "en" => "Bribery", _ => "Пара беру немесе алу" }, subjects[0], StringComparison.Ordinal);
        var general = composer.Compose(Notice("SomethingNew", "Other", "Received"), "d@contoso.kz", language, "k").Subject;
        Assert.DoesNotContain(general, subjects);
    }

    // The periodic report showed "gifts.Pending" and "reports.Bribery.Received" as line labels: no line of any
    // rendered mail may look like a resource or payload key, in any language, for every category and status.
    [Theory]
    [MemberData(nameof(Languages))]
    public void Compose_EveryKindAndValue_NoLineShowsARawKey(string language)
    {
        var composer = Composer();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["trainings.sessions"] = 2, ["trainings.attended"] = 9 };
        foreach (var status in Enum.GetNames<DeclarationStatus>())
        {
            counts[$"gifts.{status}"] = 1;
            counts[$"conflicts.{status}"] = 1;
        }

        foreach (var category in DefaultCategories)
        {
            foreach (var status in Enum.GetNames<ReportStatus>())
            {
                counts[$"reports.{category}.{status}"] = 1;
            }
        }

        var mails = new List<MailText>
        {
            Text(composer.Compose(new NoticePayload(DirectorNoticeKinds.PeriodicReport, "2026-02", "Reg. 29", "2026-02-28", null, At) { Counts = counts }, "d@x.kz", language, "k")),
            Text(composer.Compose(new NoticePayload(DirectorNoticeKinds.DailyDigest, "2026-03-10", DirectorNoticeKinds.DailyDigest, "2026-03-10", null, At)
            {
                Items =
                [
                    .. DefaultCategories.Select(c => new NoticeItem(DirectorNoticeKinds.ReportClosed, "R-1", c, "2026-03-09", nameof(ReportStatus.Closed))),
                    .. DefaultOutcomes.Select(o => new NoticeItem(DirectorNoticeKinds.ReportClosed, "R-1", "Other", "2026-03-09", o)),
                    .. Enum.GetNames<DeclarationStatus>().Select(s => new NoticeItem(DirectorNoticeKinds.GiftDeclared, "G-1", nameof(ReportCategory.GiftOrHospitality), "2026-03-09", s)),
                    new NoticeItem(DirectorNoticeKinds.ConflictDeclared, "C-1", nameof(ReportCategory.ConflictOfInterest), "2026-03-09", nameof(DeclarationStatus.Pending)),
                ],
            }, "d@x.kz", language, "k")),
        };
        foreach (var kind in MailedKinds)
        {
            foreach (var status in Enum.GetNames<ReportStatus>())
            {
                mails.Add(Text(composer.Compose(Notice(kind, nameof(ReportCategory.AbuseOfOffice), status) with { Outcome = nameof(ReportOutcome.OutsideScope) }, "d@x.kz", language, "k")));
            }
        }

        var enumNames = DefaultCategories.Concat(Enum.GetNames<ReportStatus>()).Concat(Enum.GetNames<DeclarationStatus>()).Concat(DefaultOutcomes)
            .Where(n => n.Any(char.IsUpper) && n.Skip(1).Any(char.IsUpper)).ToHashSet(StringComparer.Ordinal);
        foreach (var (subject, lines) in mails)
        {
            foreach (var line in lines.Prepend(subject))
            {
                Assert.False(RawKey().IsMatch(line), $"{language}: '{line}' looks like a key");
                Assert.False(enumNames.Any(name => line.Contains(name, StringComparison.Ordinal)), $"{language}: '{line}' shows an enum name");
            }
        }

        Assert.Contains(mails[0].Lines, l => l.StartsWith(language switch { "ru" => "Декларации о подарках", "en" => "Gift declarations", _ => "Сыйлық туралы декларациялар" }, StringComparison.Ordinal));
    }

    // Reg. 23.3: the closing notice gives the outcome, in the director's language; Reg. 23.4: a case sent to the
    // authorized body carries the officer's summary.
    [Theory]
    [InlineData("en", "Partly substantiated")]
    [InlineData("ru", "Подтвердилось частично")]
    [InlineData("kk", "Ішінара расталды")]
    public void Compose_OutcomeAndSummary_ShownAsRows(string language, string outcome)
    {
        var closed = Text(Composer().Compose(Notice(DirectorNoticeKinds.ReportClosed, "Bribery", "Closed") with { Outcome = nameof(ReportOutcome.PartlySubstantiated) }, "d@x.kz", language, "k"));
        var sent = Text(Composer().Compose(Notice(DirectorNoticeKinds.SentToAuthorizedBody, "Bribery", "Closed") with { Summary = "Three payments to a supplier" }, "a@x.kz", language, "k"));

        Assert.Contains(outcome, closed.Lines);
        Assert.Contains("Three payments to a supplier", sent.Lines);
    }

    private sealed record MailText(string Subject, IReadOnlyList<string> Lines);

    private static NoticeMailComposer Composer() =>
        new ServiceCollection().AddLogging().AddLocalization().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddDirectorNoticeCards().BuildServiceProvider().GetRequiredService<NoticeMailComposer>();

    private static NoticePayload Notice(string kind, string category, string status) => new(kind, "X-2026-0001", category, "2026-03-09", status, At);

    /// <summary>The subject and every text line of the HTML body (cells and paragraphs), decoded.</summary>
    private static MailText Text(ComplianceBot.Graph.OutgoingMail mail) => new(
        mail.Subject,
        [.. Tag().Split(mail.HtmlBody).Select(s => (WebUtility.HtmlDecode(s) ?? "").Trim()).Where(s => s.Length > 0)]);

    // "gifts.Pending", "reports.Bribery.Received", "Type_Other", "Count_Gifts", "{0}": things a reader must never see.
    [GeneratedRegex(@"\b[a-z]+\.[A-Za-z]+(\.[A-Za-z]+)?\b|\b[A-Z][A-Za-z]*_[A-Za-z]+\b|\{\d\}")]
    private static partial Regex RawKey();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static IEnumerable<string> DefaultCategories => RegisterChoiceDefaults.For(ChoiceList.Categories).Select(c => c.Key);

    private static IEnumerable<string> DefaultOutcomes => RegisterChoiceDefaults.For(ChoiceList.Outcomes).Select(c => c.Key);
}
