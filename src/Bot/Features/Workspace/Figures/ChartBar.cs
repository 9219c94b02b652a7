namespace ComplianceBot.Bot.Features.Workspace.Figures;

/// <summary>One bar of a <see cref="BarChart"/>: what it counts and the count.</summary>
public sealed record ChartBar(string Label, int Value);
