namespace ComplianceBot.Domain.Choices;

/// <summary>
/// The lists under <c>Registers</c> that the director sets by decision (Reg. 10). A list left empty is the built-in
/// default (<see cref="RegisterChoiceDefaults"/>); a configured list replaces it whole, in the order written.
/// </summary>
public sealed class RegisterChoicesOptions
{
    public const string SectionName = "Registers";

    public List<RegisterChoice> Categories { get; } = [];

    public List<RegisterChoice> Outcomes { get; } = [];

    public List<RegisterChoice> ConflictAreas { get; } = [];

    public List<RegisterChoice> ConflictMeasures { get; } = [];

    public List<RegisterChoice> Configured(ChoiceList list) => list switch
    {
        ChoiceList.Categories => Categories,
        ChoiceList.Outcomes => Outcomes,
        ChoiceList.ConflictAreas => ConflictAreas,
        ChoiceList.ConflictMeasures => ConflictMeasures,
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };
}
