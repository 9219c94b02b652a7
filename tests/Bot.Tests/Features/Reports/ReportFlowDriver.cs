using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features.Reports;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>Files and follows up reports through /api/messages as a Teams client would.</summary>
internal sealed class ReportFlowDriver(HttpClient client)
{
    public static readonly TeamsUser Reporter = new("aad-5e1f-reporter-secret", "29:1Xq-reporter-secret-id", "Zhanna Reporterova", "a:conv-r-77");
    public static readonly TeamsUser OfficerUser = new(ReportsAppFactory.Officer, "29:officer-channel-id", "Officer Olzhas", "a:conv-o-12");

    public static Dictionary<string, string> Confidential(params (string Key, string Value)[] values)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [ConfidentialActions.DataKey] = ConfidentialActions.On };
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }

        return data;
    }

    /// <summary>Opens the form from the menu, files the report; returns (case code, passphrase) read from the receipt card.</summary>
    public async Task<(string CaseCode, string Passphrase)> FileAsync(TeamsUser user, string mode, bool directorInvolved = false)
    {
        await ReportActivities.PostAsync(client, ReportActivities.Submit(user, ReportVerbs.Start, Confidential()));
        var answer = await ReportActivities.PostAsync(client, ReportActivities.Execute(user, ReportVerbs.Submit, Confidential(
            ("category", "Procurement"),
            ("description", "The tender was decided before it was announced."),
            ("whenWhere", "Almaty, February"),
            ("persons", "Head of procurement"),
            ("unitOrProcess", "Procurement of office supplies"),
            ("directorInvolved", directorInvolved ? "true" : "false"),
            ("mode", mode))));
        var facts = ReportActivities.Facts(ReportActivities.Card(answer));
        Assert.Equal(2, facts.Count);
        return (facts[0].Value, facts[1].Value);
    }

    public async Task<JsonElement> OpenAsync(TeamsUser user, string caseCode, string passphrase) =>
        ReportActivities.Card(await ReportActivities.PostAsync(client, ReportActivities.Execute(user, ReportVerbs.Open,
            Confidential(("caseCode", caseCode), ("passphrase", passphrase)))));

    public Task<string> OpenForTextAsync(TeamsUser user, string caseCode, string passphrase) =>
        ReportActivities.PostForTextAsync(client, ReportActivities.Execute(user, ReportVerbs.Open,
            Confidential(("caseCode", caseCode), ("passphrase", passphrase))));

    public Task<JsonElement> OfficerAsync(string verb, Guid reportId, params (string Key, string Value)[] inputs) =>
        OfficerAsync(OfficerUser, verb, reportId, inputs);

    public async Task<JsonElement> OfficerAsync(TeamsUser officer, string verb, Guid reportId, params (string Key, string Value)[] inputs)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["reportId"] = reportId.ToString() };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return ReportActivities.Card(await ReportActivities.PostAsync(client, ReportActivities.Execute(officer, verb, data)));
    }
}
