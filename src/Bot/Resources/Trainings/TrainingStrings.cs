namespace ComplianceBot.Bot.Resources.Trainings;

/// <summary>Marker for the trainings flow's texts: TrainingStrings.resx (English), .ru.resx, .kk.resx.</summary>
public sealed class TrainingStrings
{
    private TrainingStrings()
    {
    }
}
