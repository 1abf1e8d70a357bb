using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Identity.Accounts;

/// <summary>Plain, accessible HTML pages: one heading, labelled fields, a status message read out by screen readers.</summary>
public static class HtmlPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public static ContentHttpResult Render(string title, string body, int status = StatusCodes.Status200OK) =>
        TypedResults.Content($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Encode(title)} · CRM</title></head>
            <body>
            <main>
            <h1>{Encode(title)}</h1>
            {body}
            </main>
            </body>
            </html>
            """, "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>A message announced to assistive technology (<c>role="alert"</c>), or nothing.</summary>
    public static string Message(string? message) => message is null ? "" : $"<p role=\"alert\">{Encode(message)}</p>";

    public static string Form(HttpContext http, IAntiforgery antiforgery, string action, string submit, params FormField[] fields)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = new StringBuilder($"<form method=\"post\" action=\"{Encode(action)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">");
        foreach (var field in fields)
        {
            html.Append(field.Type == "hidden"
                ? $"<input type=\"hidden\" name=\"{field.Name}\" value=\"{Encode(field.Value)}\">"
                : $"<p><label for=\"{field.Name}\">{Encode(field.Label)}</label><br><input id=\"{field.Name}\" name=\"{field.Name}\" type=\"{field.Type}\" value=\"{Encode(field.Value)}\" autocomplete=\"{field.Autocomplete}\" required></p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{Encode(submit)}</button></p></form>");
        return html.ToString();
    }

    public static string Link(string href, string text) => $"<p><a href=\"{Encode(href)}\">{Encode(text)}</a></p>";
}
