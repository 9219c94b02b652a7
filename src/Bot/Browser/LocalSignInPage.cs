using System.Net;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// Development only (decision 122): lists the registers' people, officers first, and signs the browser in as the one
/// chosen, so the run command and the tests work without Entra. 404 unless the instance runs in Development with
/// BrowserSignIn:DangerouslyAllowLocalSignIn, which start-up refuses anywhere else (decision 115's rule). Being
/// signed in grants nothing by itself: the officer check is the registers', on each request.
/// </summary>
internal static class LocalSignInPage
{
    private const int MaxPeople = 200;

    public static async Task ServeAsync(HttpContext http)
    {
        var mode = http.RequestServices.GetRequiredService<BrowserSignInMode>();
        if (!mode.Local)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var returnUrl = BrowserSignInEndpoints.LocalReturnUrl(http.Request.Query["returnUrl"]);
        if (HttpMethods.IsPost(http.Request.Method))
        {
            await SignInAsync(http, mode);
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var db = http.RequestServices.GetRequiredService<RegistersDbContext>();
        var roster = http.RequestServices.GetRequiredService<OfficerRoster>();
        var clock = http.RequestServices.GetRequiredService<RegisterClock>();
        var officers = (await roster.GetActiveAsync(clock.Now, http.RequestAborted)).Select(a => a.OfficerAadObjectId).ToHashSet(StringComparer.Ordinal);
        var people = (await db.Employees.AsNoTracking().OrderBy(e => e.DisplayName).Take(MaxPeople).Select(e => new { e.AadObjectId, e.DisplayName }).ToListAsync(http.RequestAborted))
            .OrderBy(p => officers.Contains(p.AadObjectId) ? 0 : 1).ToList();
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!;
        var pages = http.RequestServices.GetRequiredService<BrowserPages>();
        await pages.WritePageAsync(http, StatusCodes.Status200OK, pages.Language(http), _ =>
        {
            var items = people.Select(p =>
                $"<li><form method=\"post\" action=\"{BrowserSignIn.LocalSignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}\">"
                + $"<input type=\"hidden\" name=\"{BrowserSignIn.AntiforgeryField}\" value=\"{WebUtility.HtmlEncode(antiforgery)}\">"
                + $"<input type=\"hidden\" name=\"aad\" value=\"{WebUtility.HtmlEncode(p.AadObjectId)}\">"
                + $"<button type=\"submit\">{WebUtility.HtmlEncode(p.DisplayName)}</button>"
                + (officers.Contains(p.AadObjectId) ? $" — {pages.Text("Local_Officer")}" : "")
                + "</form></li>");
            return $"<h2>{pages.Text("Local_Title")}</h2><p>{pages.Text("Local_Intro")}</p>"
                + (people.Count == 0 ? $"<p>{pages.Text("Local_NoPeople")}</p>" : $"<ul>{string.Concat(items)}</ul>");
        });
    }

    private static async Task SignInAsync(HttpContext http, BrowserSignInMode mode)
    {
        if (!await BrowserSignInEndpoints.IsValidFormAsync(http))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var aad = form["aad"].ToString();
        var db = http.RequestServices.GetRequiredService<RegistersDbContext>();
        var person = aad.Length is 0 or > Employee.IdMaxLength ? null : await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.AadObjectId == aad, http.RequestAborted);
        var principal = BrowserIdentity.Create(person?.AadObjectId, mode.TenantId, person?.DisplayName, mode.TenantId);
        if (principal is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await http.SignInAsync(BrowserSignIn.CookieScheme, principal);
        http.Response.Redirect(BrowserSignInEndpoints.LocalReturnUrl(http.Request.Query["returnUrl"]));
    }
}
