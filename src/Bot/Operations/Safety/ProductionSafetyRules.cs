using System.Globalization;

namespace ComplianceBot.Bot.Operations.Safety;

/// <summary>
/// The development shortcuts a Production instance must never run with (design.md, decision 7);
/// checked in every environment but Development (decision 115).
/// Reads <see cref="IConfiguration"/> directly so it does not depend on the option classes of the
/// other areas; each refusal names the setting an administrator has to change.
/// </summary>
internal static class ProductionSafetyRules
{
    public const string UnauthenticatedKey = "Teams:DangerouslyAllowUnauthenticatedRequests";
    public const string AppIdKey = "Teams:AppId";
    public const string GraphModeKey = "Graph:Mode";
    public const string IdentityKeyKey = "Registers:IdentityEncryptionKey";
    public const string FollowUpKeyKey = "Reports:FollowUpKey";
    public const string ProviderKey = "Registers:Provider";
    public const string InstanceCountKey = "Deployment:InstanceCount";
    public const string AuditChainKeyKey = "Audit:ChainKey";
    public const string AuditHeadContainerKey = "Audit:HeadContainerUrl";
    public const string DirectorKey = "Organization:DirectorAadObjectId";
    public const string AuthorizedBodyKey = "Organization:AuthorizedBodyEmail";

    public static IReadOnlyList<string> FindViolations(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var violations = new List<string>();
        CheckChannelAuthentication(configuration, violations);
        CheckAppId(configuration, violations);
        CheckMailbox(configuration, violations);
        CheckIdentityKey(configuration, violations);
        CheckFollowUpKey(configuration, violations);
        CheckProviderScale(configuration, violations);
        CheckAuditChain(configuration, violations);
        CheckOrganization(configuration, violations);
        return violations;
    }

    private static void CheckChannelAuthentication(IConfiguration configuration, List<string> violations)
    {
        if (bool.TryParse(configuration[UnauthenticatedKey], out var allowed) && allowed)
        {
            violations.Add($"{UnauthenticatedKey}=true accepts unsigned requests on /api/messages; set it to false.");
        }
    }

    private static void CheckAppId(IConfiguration configuration, List<string> violations)
    {
        if (!Guid.TryParse(configuration[AppIdKey], out var appId) || appId == Guid.Empty)
        {
            violations.Add($"{AppIdKey} is missing or not a GUID; set it to the bot's Entra application (client) id.");
        }
    }

    private static void CheckMailbox(IConfiguration configuration, List<string> violations)
    {
        // Local is what the Graph area falls back to without credentials, so a missing mode counts as Local.
        var mode = configuration[GraphModeKey];
        if (string.IsNullOrWhiteSpace(mode) || mode.Trim().Equals("Local", StringComparison.OrdinalIgnoreCase))
        {
            violations.Add($"{GraphModeKey} is Local (or missing): the development mailbox writes mail and invitations to a folder; configure Microsoft Graph.");
        }
    }

    private static void CheckIdentityKey(IConfiguration configuration, List<string> violations)
    {
        // Reporters' identities are encrypted with this key (Reg. 23.2); a known key protects nothing.
        var problem = IdentityEncryptionKeyPolicy.Explain(configuration[IdentityKeyKey]);
        if (problem is not null)
        {
            violations.Add($"{IdentityKeyKey} {problem}");
        }
    }

    private static void CheckAuditChain(IConfiguration configuration, List<string> violations)
    {
        // Decision 120: the chain's key must live outside the database, or a database writer can rehash the chain.
        var problem = IdentityEncryptionKeyPolicy.Explain(configuration[AuditChainKeyKey]);
        if (problem is not null)
        {
            violations.Add($"{AuditChainKeyKey} {problem}");
        }
        else if (configuration[AuditChainKeyKey]!.Trim() == configuration[IdentityKeyKey]?.Trim())
        {
            violations.Add($"{AuditChainKeyKey} is the same as {IdentityKeyKey}; each key has one purpose.");
        }

        // The published heads must outlive anyone who can write the database: an Azure container with a retention policy.
        if (!Uri.TryCreate(configuration[AuditHeadContainerKey], UriKind.Absolute, out var container) || container.Scheme != Uri.UriSchemeHttps)
        {
            violations.Add($"{AuditHeadContainerKey} is missing or not an https URL; set it to the blob container with the time-based retention policy (infra/modules/audit-storage.bicep).");
        }
    }

    private static void CheckFollowUpKey(IConfiguration configuration, List<string> violations)
    {
        // The "Check my report" lockout rows are keyed with it (Reg. 23.2, decision 117); without a secret key a
        // database reader recomputes them from case codes and Teams ids and joins a reporter to a case.
        var problem = IdentityEncryptionKeyPolicy.Explain(configuration[FollowUpKeyKey]);
        if (problem is not null)
        {
            violations.Add($"{FollowUpKeyKey} {problem}");
        }
    }

    private static void CheckOrganization(IConfiguration configuration, List<string> violations)
    {
        // Reg. 23.3: without the director's id no possible violation reaches the director.
        if (string.IsNullOrWhiteSpace(configuration[DirectorKey]))
        {
            violations.Add($"{DirectorKey} is empty; set it to the director's Entra object id, or no notice of a possible violation reaches the director (Reg. 23.3).");
        }

        // Reg. 29, 23.4: a report implicating the director goes to this contact only; without it the escalation waits unsent.
        if (string.IsNullOrWhiteSpace(configuration[AuthorizedBodyKey]))
        {
            violations.Add($"{AuthorizedBodyKey} is empty; set it to the authorized body's contact mailbox, or a report implicating the director reaches nobody (Reg. 29, 23.4).");
        }
    }

    private static void CheckProviderScale(IConfiguration configuration, List<string> violations)
    {
        var countText = configuration[InstanceCountKey];
        var instances = 1;
        if (countText is not null && !int.TryParse(countText, NumberStyles.Integer, CultureInfo.InvariantCulture, out instances))
        {
            violations.Add($"{InstanceCountKey} is not a whole number.");
            return;
        }

        // Sqlite is the registers' default provider, so a missing provider counts as Sqlite.
        var provider = configuration[ProviderKey];
        var isSqlite = string.IsNullOrWhiteSpace(provider) || provider.Trim().Equals("Sqlite", StringComparison.OrdinalIgnoreCase);
        if (isSqlite && instances > 1)
        {
            violations.Add($"{ProviderKey}=Sqlite with {InstanceCountKey}={instances}: a SQLite file cannot be shared by several instances; use SqlServer.");
        }
    }
}
