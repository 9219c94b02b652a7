using System.Text.Json.Serialization;

namespace ComplianceBot.Bot.Cards.Model;

public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; set; } = [];
}

public sealed record Fact(string Title, string Value)
{
    /// <summary>
    /// Shown character for character (Markdown still escaped, links not broken): a value the reader must copy exactly,
    /// such as a passphrase (decision 121). Not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public bool Verbatim { get; init; }
}
