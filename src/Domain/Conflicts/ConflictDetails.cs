namespace ComplianceBot.Domain.Conflicts;

/// <summary>What the employee declares (Reg. 5.3, 14.12): the personal interest, who is related, and what it touches.</summary>
public sealed record ConflictDetails(ConflictArea Area, string PersonalInterest, string? RelatedPersons, string AffectedProcess)
{
    public const int TextMaxLength = 2000;
    public const int ProcessMaxLength = 500;

    internal ConflictDetails Validated() => this with
    {
        PersonalInterest = Guard.Text(PersonalInterest, TextMaxLength, nameof(PersonalInterest)),
        RelatedPersons = Guard.OptionalText(RelatedPersons, TextMaxLength, nameof(RelatedPersons)),
        AffectedProcess = Guard.Text(AffectedProcess, ProcessMaxLength, nameof(AffectedProcess)),
    };
}
