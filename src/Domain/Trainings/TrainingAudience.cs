namespace ComplianceBot.Domain.Trainings;

/// <summary>
/// The audience as the officer defined it; kept with the training so the register shows why these people were
/// invited. <see cref="Values"/> holds department names or Entra ids; <see cref="Months"/> the look-back period.
/// </summary>
public sealed record TrainingAudience(AudienceKind Kind, IReadOnlyList<string> Values, int? Months)
{
    public const int MaxMonths = 120;

    public static TrainingAudience Everyone { get; } = new(AudienceKind.Everyone, [], null);

    public static TrainingAudience ForDepartments(IReadOnlyList<string> departments) => new(AudienceKind.Departments, departments, null);

    public static TrainingAudience ForPeople(IReadOnlyList<string> aadObjectIds) => new(AudienceKind.People, aadObjectIds, null);

    public static TrainingAudience NotTrainedWithin(int months) => new(AudienceKind.NotTrainedRecently, [], months);

    /// <summary>A one-line definition for the register column ("Departments: A; B").</summary>
    public string Describe() => Kind switch
    {
        AudienceKind.NotTrainedRecently => $"{Kind}: {Months}",
        AudienceKind.Everyone => Kind.ToString(),
        _ => $"{Kind}: {string.Join("; ", Values)}",
    };
}
