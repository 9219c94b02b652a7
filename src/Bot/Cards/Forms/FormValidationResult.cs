using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Cards.Forms;

/// <summary>
/// The outcome of checking a submitted form: the card to send back (typed values kept, an
/// error line under each invalid input) and the errors by input id.
/// </summary>
public sealed record FormValidationResult(AdaptiveCard Card, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
