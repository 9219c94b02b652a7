using System.Reflection;
using System.Text.RegularExpressions;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Domain.Tests.Persistence;

/// <summary>
/// The registers run on a compiled model per provider (decision 110), checked in under
/// src/Domain/Persistence/CompiledModels. EF Core uses it without asking whether it still matches the
/// entity configuration, so these tests generate it afresh from the configuration, as
/// <c>dotnet ef dbcontext optimize</c> does, and compare it with the checked-in files.
/// </summary>
public sealed partial class CompiledModelTests
{
    private const string Regenerate = "run 'bash scripts/regenerate-compiled-models.sh' and commit the result";

    [Fact]
    public void CompiledModel_Sqlite_MatchesTheEntityConfiguration()
    {
        using var db = new SqliteRegistersDesignTimeFactory().CreateDbContext([]);

        AssertCheckedInModelIsCurrent(db, "Sqlite", typeof(SqliteDbContextOptionsBuilderExtensions).Assembly);
    }

    [Fact]
    public void CompiledModel_SqlServer_MatchesTheEntityConfiguration()
    {
        using var db = new SqlServerRegistersDesignTimeFactory().CreateDbContext([]);

        AssertCheckedInModelIsCurrent(db, "SqlServer", typeof(SqlServerDbContextOptionsExtensions).Assembly);
    }

    // Each context runs on the compiled model EF Core finds for its type, not on one built from conventions.
    [Fact]
    public void Model_EitherProvider_IsTheCompiledOne()
    {
        using var sqlite = new SqliteRegistersDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerRegistersDesignTimeFactory().CreateDbContext([]);

        Assert.IsType<Domain.Persistence.CompiledModels.Sqlite.SqliteRegistersDbContextModel>(sqlite.Model);
        Assert.IsType<Domain.Persistence.CompiledModels.SqlServer.SqlServerRegistersDbContextModel>(sqlServer.Model);
    }

    private static void AssertCheckedInModelIsCurrent(DbContext db, string provider, Assembly providerAssembly)
    {
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
        ProviderDesignTimeServices(providerAssembly).ConfigureDesignTimeServices(services);
        using var designServices = services.BuildServiceProvider();
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = db.GetType(),
            ModelNamespace = $"ComplianceBot.Domain.Persistence.CompiledModels.{provider}",
            Language = "C#",
            UseNullableReferenceTypes = true,
        };

        var generated = designServices.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options)
            .GenerateModel(db.GetService<IDesignTimeModel>().Model, options)
            .ToDictionary(file => file.Path, file => Normalize(file.Code), StringComparer.Ordinal);

        var directory = Path.Combine(RepositoryRoot(), "src", "Domain", "Persistence", "CompiledModels", provider);
        var checkedIn = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.cs").ToDictionary(path => Path.GetFileName(path), path => Normalize(File.ReadAllText(path)), StringComparer.Ordinal)
            : [];

        Assert.True(generated.Keys.Order(StringComparer.Ordinal).SequenceEqual(checkedIn.Keys.Order(StringComparer.Ordinal)),
            $"The {provider} compiled model's files differ from the entity configuration's: {Regenerate}.");
        var stale = generated.Where(file => checkedIn[file.Key] != file.Value).Select(file => $"{file.Key} ({FirstDifference(file.Value, checkedIn[file.Key])})").ToList();
        Assert.True(stale.Count == 0, $"Stale in the {provider} compiled model: {string.Join(", ", stale)}; {Regenerate}.");
    }

    // As dotnet ef finds them: the provider names its design-time services in an assembly attribute.
    private static IDesignTimeServices ProviderDesignTimeServices(Assembly providerAssembly)
    {
        var typeName = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()?.TypeName
            ?? throw new InvalidOperationException($"{providerAssembly.GetName().Name} names no design-time services.");
        return (IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(typeName, throwOnError: true)!)!;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var (expectedLines, actualLines) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
        return line < 0
            ? $"generated {expectedLines.Length} lines, checked in {actualLines.Length}"
            : $"line {line + 1}: generated '{expectedLines[line].Trim()}', checked in '{actualLines[line].Trim()}'";
    }

    // Each generation gives the model a new random id; everything else is determined by the entities.
    private static string Normalize(string code) =>
        ModelId().Replace(code.TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid(\"\")");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplianceBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ComplianceBot.sln above {AppContext.BaseDirectory}.");
    }
}
