using System.Globalization;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: Seeder <sqlite file> <employees> <serviceUrl> <officer aad>
// Migrates a fresh registers database and adds the employees (e-0 … e-n), a 1:1 conversation reference for
// each (serviceUrl = the fake connector, so it is trusted and no conversation has to be created), and one officer.
var (file, count, serviceUrl, officer) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args[3]);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Registers:Provider"] = "Sqlite",
    ["ConnectionStrings:Registers"] = $"Data Source={file}",
    ["Registers:DataDirectory"] = Path.GetDirectoryName(Path.GetFullPath(file)),
}).Build();
var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
services.AddRegisters(configuration);
await using var provider = services.BuildServiceProvider();
await provider.MigrateRegistersIfEnabledAsync();
await using var scope = provider.CreateAsyncScope();
var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
var now = DateTimeOffset.UtcNow;
string[] departments = ["Finance", "Procurement", "HR", "Operations", "Legal", "IT", "Logistics", "Sales"];
string[] languages = ["kk", "ru", "en"];
for (var i = 0; i < count; i++)
{
    var aad = $"e-{i}";
    var employee = Employee.Create(aad, "tenant-1", $"Employee {i}", languages[i % 3], now);
    employee.UpdateFromDirectory("tenant-1", $"Employee {i}", departments[i % departments.Length], null, null, languages[i % 3], now);
    db.Employees.Add(employee);
    db.ConversationReferences.Add(ConversationReference.Create($"29:{aad}", serviceUrl, $"personal-{aad}", now, aad, "tenant-1"));
}

var today = DateOnly.FromDateTime(now.UtcDateTime);
db.OfficerAppointments.Add(OfficerAppointment.Record(officer, "D-1", today.AddDays(-30), today.AddDays(-30), today.AddDays(300), "director", now));
await db.SaveChangesAsync();
Console.WriteLine($"seeded {count} employees with conversation references and officer {officer}");
