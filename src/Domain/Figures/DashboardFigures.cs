using ComplianceBot.Domain.Attestation;

namespace ComplianceBot.Domain.Figures;

/// <summary>Who the figures are for: an officer sees every case; the director never one that implicates them (Reg. 29).</summary>
public enum FiguresAudience
{
    Officer,
    Director,
}

/// <summary>Reports filed in one month and category (the category's key; labels are the director's list, Reg. 10).</summary>
public sealed record MonthCategoryCount(int Year, int Month, string Category, int Count);

/// <summary>
/// One deadline of Reg. 22.3 (7 days to acknowledge, 3 months to close) against what happened: met in time, met late,
/// still open within it, still open past it.
/// </summary>
public sealed record DeadlineFigures(int InTime, int Late, int OpenWithin, int OpenOverdue)
{
    public static readonly DeadlineFigures None = new(0, 0, 0, 0);
}

/// <summary>Open cases by the days since filing: up to 7, up to 30, up to 90 (the feedback deadline), older.</summary>
public sealed record AgeBuckets(int UpToWeek, int UpToMonth, int UpToThreeMonths, int Older)
{
    public static readonly AgeBuckets None = new(0, 0, 0, 0);
}

/// <summary>Declarations of one register ("gifts" or "conflicts") in one status.</summary>
public sealed record StatusCount(string Register, string Status, int Count);

/// <summary>Active employees of a department and how many completed a training in the last year (Reg. 14.7).</summary>
public sealed record DepartmentCoverage(string? Department, int Employees, int Trained);

/// <summary>The dashboard's figures (Reg. 14.2), each a count from a grouped query; never a name.</summary>
public sealed record DashboardFigures(
    DateOnly Since,
    IReadOnlyList<MonthCategoryCount> ReportsByMonth,
    DeadlineFigures Acknowledgement,
    DeadlineFigures Closing,
    AgeBuckets OpenCases,
    IReadOnlyList<StatusCount> Declarations,
    AttestationProgress? Attestation,
    IReadOnlyList<DepartmentCoverage> TrainingCoverage);
