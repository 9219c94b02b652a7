using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Conversation.Routing;

public sealed class CardActionDispatchTests
{
    private const string Verb = "test.save";

    [Fact]
    public async Task HandleAsync_SubmitWithRegisteredVerb_DispatchesWithInputsAndPostsCard()
    {
        var route = new RecordingRoute(Verb, _ => CardActionResult.Post(RecordingRoute.CardSaying("saved")));
        await using var host = Host(route);

        var response = await host.HandleAsync(TestActivities.Submit(new { verb = Verb, name = "Aigerim", amount = "15000" }));

        Assert.Null(response);
        var request = Assert.Single(route.Requests);
        Assert.Equal(CardActionKind.Submit, request.Kind);
        Assert.Equal("Aigerim", request.Inputs["name"]);
        Assert.Equal("15000", request.Inputs["amount"]);
        Assert.Equal(["saved"], host.SinglePostedCard().Texts());
    }

    [Fact]
    public async Task HandleAsync_ExecuteWithRegisteredVerb_AnswersWithReplacementCard()
    {
        var route = new RecordingRoute(Verb, r => CardActionResult.Replace(RecordingRoute.CardSaying($"hello {r.Inputs["name"]}")));
        await using var host = Host(route);

        var response = await host.HandleAsync(TestActivities.Execute(Verb, new { name = "Aigerim" }));

        Assert.Equal(CardActionKind.Execute, Assert.Single(route.Requests).Kind);
        Assert.Equal(200, response?.Status);
        var body = JsonSerializer.SerializeToElement(response!.Body);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
        Assert.Equal(["hello Aigerim"], body.GetProperty("value").Texts());
        Assert.Empty(host.Connector.Posted);
    }

    [Fact]
    public async Task HandleAsync_SubmitWhoseRouteReplacesCard_UpdatesTheCardMessage()
    {
        var route = new RecordingRoute(Verb, _ => CardActionResult.Replace(RecordingRoute.CardSaying("receipt")));
        await using var host = Host(route);

        await host.HandleAsync(TestActivities.Submit(new { verb = Verb }, replyToId: "card-42"));

        var (activityId, update) = Assert.Single(host.Connector.Updates);
        Assert.Equal("card-42", activityId);
        Assert.Equal(["receipt"], ConversationTestHost.CardOf(update).Texts());
        Assert.Empty(host.Connector.Posted);
    }

    [Fact]
    public async Task HandleAsync_ExecuteWhoseRoutePostsCard_SendsItAndAnswersWithMessage()
    {
        var route = new RecordingRoute(Verb, _ => CardActionResult.Post(RecordingRoute.CardSaying("new"), "Done"));
        await using var host = Host(route);

        var response = await host.HandleAsync(TestActivities.Execute(Verb, new { }));

        var body = JsonSerializer.SerializeToElement(response!.Body);
        Assert.Equal(CardAttachment.MessageContentType, body.GetProperty("type").GetString());
        Assert.Equal("Done", body.GetProperty("value").GetString());
        Assert.Equal(["new"], host.SinglePostedCard().Texts());
    }

    [Theory]
    [InlineData("en-US", "Sorry, this is not available yet. Please choose another action from the menu.")]
    [InlineData("kk-KZ", "Кешіріңіз, бұл мүмкіндік әзірге қолжетімді емес. Мәзірден басқа әрекетті таңдаңыз.")]
    [InlineData("ru-RU", "Извините, эта функция пока недоступна. Пожалуйста, выберите другое действие в меню.")]
    public async Task HandleAsync_ExecuteWithUnknownVerb_AnswersPolitelyWithMenu(string locale, string notice)
    {
        await using var host = new ConversationTestHost();

        var response = await host.HandleAsync(TestActivities.Execute(CardVerbs.GiftStart, new { }, locale));

        Assert.Equal(200, response?.Status);
        var body = JsonSerializer.SerializeToElement(response!.Body);
        Assert.Equal(notice, body.GetProperty("value").GetString());
        var card = host.SinglePostedCard();
        Assert.Equal(notice, card.Texts().First());
        Assert.Equal(6, card.Buttons().Count());
    }

    [Theory]
    [InlineData("report.check")]
    [InlineData(null)]
    public async Task HandleAsync_SubmitWithUnknownOrMissingVerb_PostsPoliteNoticeWithMenu(string? verb)
    {
        await using var host = new ConversationTestHost();
        object value = verb is null ? new { other = "x" } : new { verb };

        var response = await host.HandleAsync(TestActivities.Submit(value, "ru-RU"));

        Assert.Null(response);
        Assert.StartsWith("Извините, эта функция пока недоступна", host.SinglePostedCard().Texts().First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_HelpVerbFromMenu_PostsHelpCard()
    {
        await using var host = new ConversationTestHost();

        await host.HandleAsync(TestActivities.Submit(new { verb = CardVerbs.Help }));

        Assert.Contains("How ComplianceBot can help", host.SinglePostedCard().Texts());
    }

    // A wiring error, reported by name; ConversationCompositionTests check the app's own routes before any turn.
    [Fact]
    public async Task HandleAsync_TwoRoutesForOneVerb_RefusesNamingBoth()
    {
        var route = new RecordingRoute(CardVerbs.Help, _ => CardActionResult.Post(RecordingRoute.CardSaying("second")));
        await using var host = Host(route);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.HandleAsync(TestActivities.Submit(new { verb = CardVerbs.Help })));

        Assert.Contains("'help'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(RecordingRoute), error.Message, StringComparison.Ordinal);
        Assert.Empty(route.Requests);
        Assert.Empty(host.Connector.Posted);
    }

    private static ConversationTestHost Host(RecordingRoute route) =>
        new(services => services.AddScoped<ICardActionRoute>(_ => route));
}
