using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Tests.Features.Reports;
using FsCheck;
using FsCheck.Fluent;

namespace ComplianceBot.Bot.Tests.Channel.Inbound.Fuzz;

/// <summary>One generated request: what it is, and the body as sent.</summary>
public sealed record FuzzCase(string Label, byte[] Body)
{
    /// <summary>An invoke the bot does not implement may be answered 501; nothing else may be answered 5xx.</summary>
    public bool MayBeUnimplemented
    {
        get
        {
            try
            {
                return JsonNode.Parse(Body) is JsonObject { } activity
                       && activity["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() == "invoke"
                       && !(activity["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String && name.GetValue<string>() == "adaptiveCard/action");
            }
            catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }
    }

    public override string ToString()
    {
        var text = System.Text.Encoding.UTF8.GetString(Body);
        return $"{Label} ({Body.Length} bytes): {(text.Length > 1500 ? text[..1500] + "…" : text)}";
    }
}

/// <summary>
/// Activities as Teams and the Playground send them, for every verb and command of <see cref="RouteSurface"/>, then
/// bent: card data of every JSON shape, odd Unicode (lone surrogates, RTL, emoji, NUL), huge strings, fields missing
/// or of the wrong JSON type, and now and then bytes that are not JSON at all.
/// </summary>
internal static class ActivityGenerators
{
    private static readonly TeamsUser[] Users =
    [
        new("aad-fuzz-employee", "29:fuzz-employee", "Fuzz Employee", "a:fuzz-employee"),
        new(ReportsAppFactory.Officer, "29:fuzz-officer", "Fuzz Officer", "a:fuzz-officer"),
        new(ReportsAppFactory.Director, "29:fuzz-director", "Fuzz Director", "a:fuzz-director"),
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "a\u0000b", "\t\r\n", "\u0085", "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627", "\u202eevil\u202c",
        "🎁👨‍👩‍👧🏳️‍🌈", "e\u0301\u0301\u0301", "\ufeff", "\uffff\ufffe", "\u2028\u2029", "мәзір", "ӘҒҚҢӨҰҮҺІ", "<at>Bot</at>",
        "' OR 1=1 --", "%s%n{0}", "../../etc/passwd", "\\", "\"", "null", "true", "-1", "0", "1e400", "NaN", "9999-12-31", "2026-02-30",
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "RPT-0000-0000", RawJson.LoneSurrogate, "x" + RawJson.LoneSurrogate + "y",
        RawJson.BadUtf8, "a" + RawJson.BadUtf8,
    ];

    private static readonly string[] InvokeNames =
        ["adaptiveCard/action", "task/fetch", "task/submit", "composeExtension/query", "composeExtension/queryLink", "signin/verifyState", "actionableMessage/executeAction", "config/fetch"];

    private static readonly string[] LifecycleTypes = ["conversationUpdate", "installationUpdate", "typing", "messageReaction", "event", "messageUpdate", "someFutureType"];

    public static Gen<string> OddString { get; } = Gen.Frequency(
        (6, Gen.Elements(OddStrings)),
        (2, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(OddStrings), n)).Select(parts => string.Concat(parts))),
        (1, Gen.Elements(1_000, 30_000, 70_000).SelectMany(n => Gen.Elements("a", "я", "🎁", "<at>", " ").Select(unit => string.Concat(Enumerable.Repeat(unit, n / unit.Length))))));

    public static Gen<FuzzCase> Cases(RouteSurface surface)
    {
        var wellFormed = Gen.Frequency(
            (5, Submit(surface)),
            (5, Execute(surface)),
            (3, Text(surface)),
            (2, Lifecycle()),
            (2, OtherInvoke()));
        return Gen.Frequency(
            (5, ToCase(wellFormed)),
            (4, ToCase(wellFormed.SelectMany(Bend))),
            (1, wellFormed.SelectMany(Garble)));
    }

    /// <summary>From the generator, not Guid.NewGuid, so that a replayed case is the same request.</summary>
    private static Gen<string> ActivityId { get; } = Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(p => $"{p.Item1:x8}{p.Item2:x8}");

    private static Gen<(string Label, JsonObject Activity)> Submit(RouteSurface surface) =>
        from id in ActivityId
        from user in Gen.Elements<TeamsUser>(Users)
        from verb in Gen.Elements<string>(surface.Verbs)
        from data in Data(surface, verb)
        from text in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("")), (1, OddString.Select(s => (string?)s)))
        select ($"Action.Submit {verb}", Message(id, user, text, data));

    private static Gen<(string Label, JsonObject Activity)> Execute(RouteSurface surface) =>
        from id in ActivityId
        from user in Gen.Elements<TeamsUser>(Users)
        from verb in Gen.Elements<string>(surface.Verbs)
        from data in Gen.Frequency((8, Data(surface, verb).Select(d => (JsonNode?)d)), (1, Json(2)))
        from withVerb in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        select ($"Action.Execute {verb}", Invoke(id, user, "adaptiveCard/action", new JsonObject
        {
            ["action"] = withVerb
                ? new JsonObject { ["type"] = "Action.Execute", ["title"] = "Go", ["verb"] = verb, ["data"] = data }
                : new JsonObject { ["type"] = "Action.Execute", ["data"] = data },
        }));

    private static Gen<(string Label, JsonObject Activity)> Text(RouteSurface surface) =>
        from id in ActivityId
        from user in Gen.Elements<TeamsUser>(Users)
        from text in Gen.Frequency(
            (4, Gen.Elements<string>(surface.Commands)),
            (2, Gen.Elements<string>(surface.Commands).Select(c => $"<at>ComplianceBot</at> {c.ToUpperInvariant()}!")),
            (3, OddString))
        select ("text", Message(id, user, text, null));

    private static Gen<(string Label, JsonObject Activity)> Lifecycle() =>
        from id in ActivityId
        from user in Gen.Elements<TeamsUser>(Users)
        from type in Gen.Elements(LifecycleTypes)
        from action in Gen.Elements("add", "remove", "odd")
        from members in Gen.Choose(0, 3)
        select (type, With(Base(id, user, type), a =>
        {
            a["action"] = action;
            a["membersAdded"] = new JsonArray([.. Enumerable.Range(0, members).Select(i => (JsonNode)new JsonObject { ["id"] = i == 0 ? "28:bot" : $"29:member-{i}" })]);
        }));

    private static Gen<(string Label, JsonObject Activity)> OtherInvoke() =>
        from id in ActivityId
        from user in Gen.Elements<TeamsUser>(Users)
        from name in Gen.Frequency((4, Gen.Elements(InvokeNames)), (1, OddString))
        from value in Json(2)
        select ($"invoke {name}", Invoke(id, user, name, value));

    /// <summary>
    /// The card's data for a verb: the data a card gives it, and each input of the cards that carry it — mostly a value
    /// such a card offers, so that a form gets past its first check, else an odd string, any JSON, or nothing.
    /// </summary>
    private static Gen<JsonObject> Data(RouteSurface surface, string verb)
    {
        var samples = surface.DataByVerb.TryGetValue(verb, out var list) && list.Count > 0 ? list : [new JsonObject { ["verb"] = verb }];
        var inputs = surface.InputsByVerb.TryGetValue(verb, out var ids) ? ids : [];
        return from sample in Gen.Elements<JsonObject>(samples)
               from filled in Gen.CollectToArray(inputs.Concat(sample.Select(p => p.Key)).Distinct().Where(key => key != "verb"), key => Value(surface, key))
               from extra in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Gen.Elements<string>(surface.Keys), n))
               from extraValues in Gen.ArrayOf(Gen.Frequency((2, OddString.Select(s => (JsonNode?)JsonValue.Create(s))), (1, Json(2))), extra.Length)
               from verbValue in Gen.Frequency((12, Gen.Constant<JsonNode?>(verb)), (1, Json(1)))
               select Fill(sample, filled, extra, extraValues, verbValue);
    }

    private static Gen<(string Key, bool Omit, JsonNode? Value)> Value(RouteSurface surface, string key)
    {
        var offered = surface.ValuesByKey.TryGetValue(key, out var values) && values.Count > 0 ? values : ["1"];
        return Gen.Frequency(
            (12, Gen.Elements<string>(offered.Concat(Plausible).ToArray()).Select(v => (key, false, (JsonNode?)JsonValue.Create(v)))),
            (3, OddString.Select(s => (key, false, (JsonNode?)JsonValue.Create(s)))),
            (1, Json(2).Select(node => (key, false, node))),
            (1, Gen.Constant((key, true, (JsonNode?)null))));
    }

    private static readonly string[] Plausible =
    [
        DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        "10:00", "60", "12", "true", "false", "25000", "Procurement", "A plain sentence.",
    ];

    private static JsonObject Fill(JsonObject sample, (string Key, bool Omit, JsonNode? Value)[] filled, string[] extra, JsonNode?[] extraValues, JsonNode? verb)
    {
        var data = (JsonObject)sample.DeepClone();
        foreach (var (key, omit, value) in filled)
        {
            if (omit)
            {
                data.Remove(key);
            }
            else
            {
                data[key] = value;
            }
        }

        for (var i = 0; i < extra.Length; i++)
        {
            data[extra[i]] = extraValues[i];
        }

        data["verb"] = verb;
        return data;
    }

    /// <summary>Any JSON value, nested up to <paramref name="depth"/>.</summary>
    public static Gen<JsonNode?> Json(int depth)
    {
        var leaf = Gen.Frequency(
            (1, Gen.Constant<JsonNode?>(null)),
            (1, Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b))),
            (2, Gen.Elements("0", "-1", "2147483648", "9223372036854775808", "-0", "0.5", "1e400", "-1e-400", "123456789012345678901234567890").Select(n => JsonNode.Parse(n))),
            (4, OddString.Select(s => (JsonNode?)JsonValue.Create(s))));
        if (depth == 0)
        {
            return leaf;
        }

        var inner = Json(depth - 1);
        return Gen.Frequency(
            (4, leaf),
            (1, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(inner, n)).Select(items => (JsonNode?)new JsonArray([.. items]))),
            (1, Gen.Choose(0, 3).SelectMany(n => Gen.Zip(Gen.ArrayOf(OddString, n), Gen.ArrayOf(inner, n)))
                .Select(pair => (JsonNode?)Object(pair.Item1, pair.Item2))));
    }

    /// <summary>One envelope field removed, of the wrong JSON type, or an odd string.</summary>
    private static Gen<(string Label, JsonObject Activity)> Bend((string Label, JsonObject Activity) item)
    {
        string[] fields = ["type", "id", "channelId", "serviceUrl", "conversation", "from", "recipient", "locale", "text", "value", "name", "replyToId", "channelData", "entities", "attachments", "membersAdded", "timestamp"];
        string[] nested = ["conversation.id", "from.id", "from.aadObjectId", "recipient.id", "conversation.tenantId", "conversation.conversationType", "conversation.isGroup", "from.name"];
        return from path in Gen.Elements(fields.Concat(nested).ToArray())
               from how in Gen.Elements("remove", "wrong type", "odd string")
               from replacement in how == "wrong type" ? Json(1) : OddString.Select(s => (JsonNode?)JsonValue.Create(s))
               select ($"{item.Label}, {path} {how}", With((JsonObject)item.Activity.DeepClone(), a => Set(a, path, how == "remove", replacement)));
    }

    /// <summary>Bytes that are not a whole JSON object: the activity cut short.</summary>
    private static Gen<FuzzCase> Garble((string Label, JsonObject Activity) item) =>
        from cut in Gen.Choose(0, 1000)
        let bytes = RawJson.Bytes(item.Activity.ToJsonString())
        select new FuzzCase($"{item.Label}, cut at {cut}", bytes[..Math.Min(cut, bytes.Length - 1)]);

    private static Gen<FuzzCase> ToCase(Gen<(string Label, JsonObject Activity)> items) =>
        from item in items
        from escaped in Gen.Elements(false, true)
        select new FuzzCase(item.Label, RawJson.Bytes(item.Activity.ToJsonString(escaped ? EscapedOptions : RawOptions)));

    private static readonly JsonSerializerOptions EscapedOptions = new() { Encoder = JavaScriptEncoder.Default };
    private static readonly JsonSerializerOptions RawOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Object(string[] keys, JsonNode?[] values)
    {
        var node = new JsonObject();
        for (var i = 0; i < keys.Length; i++)
        {
            node[keys[i]] = values[i];
        }

        return node;
    }

    private static void Set(JsonObject activity, string path, bool remove, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = parts.Length == 1 ? activity : activity[parts[0]] as JsonObject;
        if (parent is null)
        {
            return;
        }

        if (remove)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = value;
        }
    }

    private static JsonObject Message(string id, TeamsUser user, string? text, JsonObject? value) => With(Base(id, user, "message"), a =>
    {
        if (text is not null)
        {
            a["text"] = text;
        }

        if (value is not null)
        {
            a["value"] = value;
            a["replyToId"] = "1700000000000";
        }
    });

    private static JsonObject Invoke(string id, TeamsUser user, string name, JsonNode? value) => With(Base(id, user, "invoke"), a =>
    {
        a["name"] = name;
        a["value"] = value;
        a["replyToId"] = "1700000000000";
    });

    private static JsonObject Base(string id, TeamsUser user, string type) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["timestamp"] = "2026-11-25T10:00:00.000Z",
        ["serviceUrl"] = ReportActivities.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user.ChannelId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["conversation"] = new JsonObject { ["id"] = user.ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ComplianceBot" },
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    private static JsonObject With(JsonObject activity, Action<JsonObject> change)
    {
        change(activity);
        return activity;
    }
}
