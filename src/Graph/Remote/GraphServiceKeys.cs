namespace ComplianceBot.Graph.Remote;

/// <summary>Names of this layer's keyed services and named HttpClient, so they never clash with the channel's.</summary>
internal static class GraphServiceKeys
{
    public const string Credential = "ComplianceBot.Graph.Credential";
    public const string HttpClient = "ComplianceBot.Graph";
}
