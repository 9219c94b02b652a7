namespace ComplianceBot.Graph.Local;

/// <summary>The host's content root, captured when the services are added, against which local paths resolve.</summary>
internal sealed record LocalContentRoot(string Path);
