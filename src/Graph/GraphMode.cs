namespace ComplianceBot.Graph;

/// <summary>Where invitations, mail and directory look-ups go.</summary>
public enum GraphMode
{
    /// <summary>Development: .ics/.eml files in a local folder, directory from a JSON file. Refused outside Development.</summary>
    Local,

    /// <summary>Microsoft Graph through <c>GraphServiceClient</c>.</summary>
    Graph,
}
