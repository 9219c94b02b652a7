using System.Globalization;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Domain.Declarations;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// A register page's state, all of it in the query string so a link reproduces the view (decision 141): the register,
/// the search text, the filters, the order and the page's key. Unknown or malformed values mean "any" / "first page".
/// </summary>
public sealed record RegisterView(
    string Register, string? Search, DeclarationStatus? Status, string? Department, DateOnly? From, DateOnly? To, bool Descending,
    RegisterKey? After, RegisterKey? Before)
{
    public const string BasePath = WorkspacePaths.Base + "/registers";
    public const int PageSize = 50;
    public const int SearchMaxLength = 100;

    /// <summary>The registers the pages show, by their slug in the path.</summary>
    public static IReadOnlyDictionary<string, RegisterType> Types { get; } = new Dictionary<string, RegisterType>(StringComparer.Ordinal)
    {
        ["gifts"] = RegisterType.Gift,
        ["conflicts"] = RegisterType.Conflict,
    };

    public RegisterType Type => Types[Register];

    public RegisterFilter Filter => new(Type, Status, Department, From, To, Search);

    public RegisterPageRequest PageRequest => new(Filter, Descending, Before ?? After, Before is not null, PageSize);

    public static RegisterView Parse(string register, IReadOnlyDictionary<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Value(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var search = Value("q");
        return new RegisterView(
            register,
            search is null ? null : search[..Math.Min(search.Length, SearchMaxLength)],
            Enum.TryParse<DeclarationStatus>(Value("status"), out var status) && Enum.IsDefined(status) ? status : null,
            Value("department"),
            Date(Value("from")),
            Date(Value("to")),
            Value("sort") == "desc",
            RegisterKey.Parse(Value("after")),
            RegisterKey.Parse(Value("before")));
    }

    /// <summary>This view's link, on another page: the filters stay, the key changes.</summary>
    public string Link(RegisterKey? after = null, RegisterKey? before = null, bool? descending = null) =>
        QueryHelpers.AddQueryString($"{BasePath}/{Register}", Fields(after, before, descending ?? Descending));

    /// <summary>The filter's fields (no page key) — the export form posts them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> FilterFields => Fields(null, null, Descending);

    private List<KeyValuePair<string, string?>> Fields(RegisterKey? after, RegisterKey? before, bool descending)
    {
        var fields = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                fields.Add(new(name, value));
            }
        }

        Add("q", Search);
        Add("status", Status?.ToString());
        Add("department", Department);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("sort", descending ? "desc" : null);
        Add("after", after?.ToString());
        Add("before", before?.ToString());
        return fields;
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
