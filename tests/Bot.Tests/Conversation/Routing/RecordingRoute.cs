using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Tests.Conversation.Routing;

/// <summary>A flow's route as a test sees it: records each request, answers as told.</summary>
internal sealed class RecordingRoute(string verb, Func<CardActionRequest, CardActionResult> answer) : ICardActionRoute
{
    public List<CardActionRequest> Requests { get; } = [];

    public string Verb => verb;

    public Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(answer(request));
    }

    public static AdaptiveCard CardSaying(string text) => new() { Body = [new TextBlock(text)] };
}
