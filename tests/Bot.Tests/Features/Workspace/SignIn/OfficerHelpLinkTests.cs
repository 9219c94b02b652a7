using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 139: the bot's help points officers to the workspace, a button to {PublicBaseUrl}/workspace, in their
/// language; an employee's help has no such button (the workspace's officer pages are not theirs, Reg. 6–7).
/// </summary>
public sealed class OfficerHelpLinkTests : IAsyncLifetime
{
    private static readonly TestUser Officer = new("aad-help-officer", "Daniyar Omarov", "ru-RU");
    private static readonly TestUser Employee = new("aad-help-employee", "Aigerim Seitkali");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-helplink"));
        await app.AppointAsync(Officer.Aad, Officer.Name, "ru");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Help_ForAnOfficer_OpensTheWorkspace()
    {
        await app.SayAsync(Officer, "help");
        var typed = ConversationTestHost.CardOf(app.Connector.Replies.Last());
        var button = await app.SubmitAsync(Officer, CardVerbs.Help);

        Assert.All(new[] { typed, button }, card =>
        {
            var open = Assert.Single(OpenUrlActions(card));
            Assert.Equal("http://localhost/workspace", open.GetProperty("url").GetString());
            Assert.Equal("Открыть рабочее место", open.GetProperty("title").GetString());
        });
    }

    [Fact]
    public async Task Help_ForAnEmployee_HasNoWorkspaceButton()
    {
        await app.SayAsync(Employee, "help");
        var card = ConversationTestHost.CardOf(app.Connector.Replies.Last());

        Assert.Contains("at any time, in Kazakh, Russian or English", card.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(OpenUrlActions(card));
        Assert.DoesNotContain("/workspace", card.GetRawText(), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> OpenUrlActions(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() == "Action.OpenUrl" => [element],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => OpenUrlActions(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(OpenUrlActions),
        _ => [],
    };
}
