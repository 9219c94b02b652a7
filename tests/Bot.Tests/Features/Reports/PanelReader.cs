using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features.Reports;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>The officer panel is posted as a new message (not the invoke's answer): read what the connector received.</summary>
internal static class PanelReader
{
    /// <summary>Asks for the panel as <paramref name="officer"/>; returns every activity the bot posted in answer, as JSON text.</summary>
    public static async Task<string> PanelAsync(this ReportFlowDriver driver, ReportsAppFactory app, TeamsUser officer)
    {
        var before = app.Connector.Posted.Count();
        await driver.OfficerAsync(officer, ReportVerbs.Panel, Guid.Empty);
        var posted = app.Connector.Posted.Skip(before).ToList();
        Assert.NotEmpty(posted);
        return string.Join('\n', posted.Select(a => JsonSerializer.Serialize(a, ChannelJson.Options)));
    }
}
