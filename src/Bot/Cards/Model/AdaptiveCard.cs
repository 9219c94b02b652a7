using System.Text.Json.Serialization;

namespace ComplianceBot.Bot.Cards.Model;

/// <summary>
/// The root of an Adaptive Card, schema 1.5 — the newest version Teams renders (design.md,
/// decision 2). Also the card inside an Action.ShowCard.
/// </summary>
public sealed class AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-10)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-9)]
    public string? Schema { get; set; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-8)]
    public string Version { get; set; } = SchemaVersion;

    public string? FallbackText { get; set; }

    public List<CardElement> Body { get; set; } = [];

    public List<CardAction>? Actions { get; set; }
}
