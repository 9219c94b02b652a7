using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Cases;

/// <summary>
/// Decision 147: the case page shows only the actions the case card offers. A form whose action is not offered is on
/// the page (static SSR dispatches a post by its form name) but hidden and empty, so nothing is shown or announced,
/// and a post from an out-of-date page still reaches its action and gets the rule's refusal.
/// </summary>
public sealed partial class CaseActionFormsTests
{
    // Reg. 22.3: a received case offers its officer one thing, to acknowledge it.
    [Fact]
    public async Task AReceivedCase_ShowsOnlyAcknowledge_AndNoEmptyForm()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);

        var html = await officer.Client.GetStringAsync(CasePath(filed.Number));
        var forms = PostForms().Matches(html).Select(m => (Tag: m.Groups["tag"].Value, Body: m.Groups["body"].Value, Name: Handler(m.Value))).ToList();

        var visible = forms.Where(f => !IsHidden(f.Tag)).ToList();
        Assert.Equal("acknowledge", Assert.Single(visible).Name);
        Assert.Contains("<button type=\"submit\">", visible[0].Body, StringComparison.Ordinal);
        var hidden = forms.Where(f => IsHidden(f.Tag)).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["assign", "authorized-body", "close", "explain", "findings", "implicate", "investigate", "message", "reassign"], hidden);
        // Nothing inside a hidden form but the form name: no field, no button, no text a screen reader could reach.
        Assert.All(forms.Where(f => IsHidden(f.Tag)), f =>
            Assert.Matches(new Regex("^\\s*<input type=\"hidden\" name=\"_handler\" value=\"[a-z-]+\"\\s*/?>\\s*$"), f.Body));
    }

    // Reg. 14.15, 22.7: the message form, hidden while the case is received, still dispatches; the rule refuses.
    [Fact]
    public async Task AHiddenFormsPost_ReachesItsAction_AndGetsTheRulesRefusal()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        var page = await officer.Client.GetStringAsync(CasePath(filed.Number));
        var token = HiddenFieldsOf(page, "acknowledge").Where(f => f.Name == "__af");

        var posted = await officer.Client.PostAsync(CasePath(filed.Number),
            BrowserSession.Form([.. token, ("_handler", "message"), ("Form.MessageText", "Before acknowledging")]));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Refused:", Text(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.Set<ReportMessage>().Where(m => m.Text == "Before acknowledging").ToListAsync()));
    }

    private static bool IsHidden(string tag) => HiddenAttribute().IsMatch(tag);

    private static string Handler(string form) => HandlerInput().Match(form).Groups["name"].Value;

    [GeneratedRegex("(?<tag><form method=\"post\"[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex PostForms();

    [GeneratedRegex("\\shidden(\\s|>|=)")]
    private static partial Regex HiddenAttribute();

    [GeneratedRegex("name=\"_handler\" value=\"(?<name>[a-z-]+)\"")]
    private static partial Regex HandlerInput();
}
