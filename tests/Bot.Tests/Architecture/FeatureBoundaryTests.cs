using NetArchTest.Rules;

namespace ComplianceBot.Bot.Tests.Architecture;

/// <summary>
/// Features do not reach into each other (decision 130), and no folder of the Bot depends on itself in a circle.
/// </summary>
public sealed class FeatureBoundaryTests
{
    private const string Features = "ComplianceBot.Bot.Features";

    /// <summary>
    /// The whole public surface one feature offers another, kept small on purpose: the verbs of a feature's buttons
    /// (another feature's card may offer them), and what the registers (Administration) read from the declarations
    /// they list. Anything else crossing between features is a new dependency to discuss, not to add here quietly.
    /// </summary>
    private static readonly string[] SharedSurface =
    [
        "ComplianceBot.Bot.Features.Declarations.DeclarationVerbs",
        "ComplianceBot.Bot.Features.Trainings.TrainingVerbs",
        "ComplianceBot.Bot.Features.Reports.ReportVerbs",
        "ComplianceBot.Bot.Features.Attestation.AttestationVerbs",
        "ComplianceBot.Bot.Features.Declarations.DeclarationCalendar",
        "ComplianceBot.Bot.Features.Declarations.DeclarationOptions",
        "ComplianceBot.Bot.Features.Declarations.CardParts",
        "ComplianceBot.Bot.Features.Declarations.FormReaders",
        "ComplianceBot.Bot.Features.Declarations.Declarant",
        "ComplianceBot.Bot.Features.Declarations.PeopleLookup",
        "ComplianceBot.Bot.Features.Declarations.Person",

        // A decision that finds a possible violation reaches the director (Reg. 23.3, decision 124): a gift referred
        // for investigation opens a case through the reports' filing, an actual conflict is a director card.
        "ComplianceBot.Bot.Features.Reports.ReportFiling",
        "ComplianceBot.Bot.Features.DirectorNotices.DirectorCardOutbox",
        "ComplianceBot.Bot.Features.DirectorNotices.NoticePayload",

        // The workspace's case inbox and case page (decision 140) go through the case card's own access rule and
        // routes, offered by Reports as these services and their records, and nothing else of Reports.
        "ComplianceBot.Bot.Features.Reports.CaseInbox",
        "ComplianceBot.Bot.Features.Reports.CaseInboxView",
        "ComplianceBot.Bot.Features.Reports.CaseRow",
        "ComplianceBot.Bot.Features.Reports.CaseFilter",
        "ComplianceBot.Bot.Features.Reports.CaseDesk",
        "ComplianceBot.Bot.Features.Reports.CaseView",
        "ComplianceBot.Bot.Features.Reports.CaseActionResult",
        "ComplianceBot.Bot.Features.Reports.CaseForm",
        "ComplianceBot.Bot.Features.Reports.CaseHandover",
        "ComplianceBot.Bot.Features.Reports.OfficerChoice",

        // The help card shows an officer the way to the workspace (decision 139).
        "ComplianceBot.Bot.Features.Workspace.WorkspacePaths",

        // The workspace's pages show what the chat shows, through the same queries and labels (decision 142).
        "ComplianceBot.Bot.Features.Declarations.DeclarationQueries",
        "ComplianceBot.Bot.Features.Declarations.GiftView",
        "ComplianceBot.Bot.Features.Declarations.GiftDecisionView",
        "ComplianceBot.Bot.Features.Declarations.ConflictView",
        "ComplianceBot.Bot.Features.Declarations.ConflictAssessmentView",
        "ComplianceBot.Bot.Features.DirectorNotices.NoticeLabels",
        "ComplianceBot.Bot.Features.DirectorNotices.NoticeOptions",
    ];

    private static readonly System.Reflection.Assembly Bot = typeof(Program).Assembly;

    // The workspace (decisions 138, 141) is a surface over the features: its pages call the same services the cards
    // call, so it is not held to this rule as a user; no feature may depend on it (it stays in the list of others).
    public static TheoryData<string> FeatureNames() => [.. FeatureNamespaces().Where(f => f != Features + ".Workspace")];

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void Feature_UsesNoOtherFeaturesInternals(string feature)
    {
        var internals = FeatureNamespaces().Where(f => f != feature)
            .SelectMany(other => Bot.GetTypes().Where(t => t.Namespace == other && !t.IsNested))
            .Select(t => t.FullName!)
            .Where(name => !SharedSurface.Contains(name, StringComparer.Ordinal))
            .ToArray();

        var result = Types.InAssembly(Bot)
            .That().ResideInNamespace(feature)
            .ShouldNot().HaveDependencyOnAny(internals)
            .GetResult();

        Assert.True(result.IsSuccessful, LayerRulesTests.Failing(result));
    }

    [Fact]
    public void SharedSurface_NamesTypesThatExist()
    {
        var names = Bot.GetTypes().Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.All(SharedSurface, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Folders_HaveNoCycle()
    {
        var folders = Bot.GetTypes().Select(t => FolderOf(t.Namespace)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var edges = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var target in folders)
        {
            var users = Types.InAssembly(Bot).That().HaveDependencyOnAny(target).GetTypes();
            foreach (var user in users)
            {
                if (FolderOf(user.ReflectionType?.Namespace) is { } from && from != target)
                {
                    edges[from].Add(target);
                }
            }
        }

        var cycle = FindCycle(edges);

        Assert.True(cycle is null, "Folder cycle: " + string.Join(" -> ", cycle ?? []));
    }

    /// <summary>
    /// A folder is a first-level folder of src/Bot, except Features and Operations, whose subfolders count on their
    /// own; the composition roots directly in Features and Operations (and Program) are not folders. Resources (the
    /// .resx marker types and the refusal translator) are the cards' resource plumbing and count as Cards.
    /// </summary>
    internal static string? FolderOf(string? ns)
    {
        if (ns is null || !ns.StartsWith("ComplianceBot.Bot.", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns.Split('.');
        if (parts[2] is "Features" or "Operations")
        {
            return parts.Length > 3 ? string.Join('.', parts[..4]) : null;
        }

        return parts[2] == "Resources" ? "ComplianceBot.Bot.Cards" : string.Join('.', parts[..3]);
    }

    private static IEnumerable<string> FeatureNamespaces() =>
        Bot.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith(Features + ".", StringComparison.Ordinal) && ns.Split('.').Length == 4)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> edges)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                return [.. path.SkipWhile(n => n != node), node];
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in edges[node].Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
