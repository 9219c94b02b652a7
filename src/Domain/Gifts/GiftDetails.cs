using ComplianceBot.Domain.Rules;
namespace ComplianceBot.Domain.Gifts;

/// <summary>What the employee declares about a gift (Reg. 14.13, 24.5); each version of a declaration keeps a full copy.</summary>
public sealed record GiftDetails(
    GiftDirection Direction,
    DateOnly GiftDate,
    string? OtherPartyPerson,
    string? OtherPartyOrganisation,
    bool OtherPartyIsCounterparty,
    string Occasion,
    string Description,
    decimal EstimatedValueKzt,
    GiftWhereabouts Whereabouts)
{
    public static readonly DomainRule GiftValueIsNotNegative = new(nameof(GiftValueIsNotNegative), "14.13", DomainMessageKeys.GiftValueInvalid);

    public const int PartyMaxLength = 300;
    public const int OccasionMaxLength = 500;
    public const int DescriptionMaxLength = 2000;

    internal GiftDetails Validated()
    {
        if (EstimatedValueKzt < 0)
        {
            throw GiftValueIsNotNegative.Refusal();
        }

        return this with
        {
            OtherPartyPerson = Guard.OptionalText(OtherPartyPerson, PartyMaxLength, nameof(OtherPartyPerson)),
            OtherPartyOrganisation = Guard.OptionalText(OtherPartyOrganisation, PartyMaxLength, nameof(OtherPartyOrganisation)),
            Occasion = Guard.Text(Occasion, OccasionMaxLength, nameof(Occasion)),
            Description = Guard.Text(Description, DescriptionMaxLength, nameof(Description)),
        };
    }
}
