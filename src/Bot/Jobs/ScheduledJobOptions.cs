
namespace ComplianceBot.Bot.Jobs;

/// <summary>Settings under <c>ScheduledJobs</c>: the periodic jobs (directory sync, responses, notices, report).</summary>
public sealed class ScheduledJobOptions
{
    public const string SectionName = "ScheduledJobs";

    /// <summary>Off only in tests that run the jobs themselves with <see cref="PeriodicJob.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;
}
