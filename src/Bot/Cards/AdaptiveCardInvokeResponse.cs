using System.Text.Json.Serialization;

namespace ComplianceBot.Bot.Cards;

/// <summary>The body Teams expects back from an <c>adaptiveCard/action</c> invoke (Universal Actions).</summary>
public sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] object Value);
