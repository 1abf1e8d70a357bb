using Crm.Campaigns.Campaigns.Templates;

namespace Crm.UnitTests.Campaigns;

public sealed class MessageTemplateTests
{
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["firstName"] = "<script>alert(1)</script>",
        ["lastName"] = "O'Brien & Sons",
        ["city"] = null,
        ["unsubscribeUrl"] = "https://crm.example/api/unsubscribe/abc",
    };

    [Fact]
    public void Email_values_are_html_encoded_but_the_template_markup_is_kept()
    {
        var body = MessageTemplate.Render("<p>Hi {{ firstName }} {{lastName}}</p><a href=\"{{unsubscribeUrl}}\">stop</a>", Values, TemplateEncoding.Html);

        Assert.Equal("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Sons</p><a href=\"https://crm.example/api/unsubscribe/abc\">stop</a>", body);
    }

    [Fact]
    public void A_subject_cannot_smuggle_a_second_header_line()
    {
        var subject = MessageTemplate.Render("Hello {{firstName}}", new Dictionary<string, string?> { ["firstName"] = "Ana\r\nBcc: all@example.com" }, TemplateEncoding.HeaderLine);

        Assert.Equal("Hello AnaBcc: all@example.com", subject);
    }

    [Fact]
    public void Missing_values_render_empty_and_unknown_placeholders_are_reported()
    {
        Assert.Equal("In  today", MessageTemplate.Render("In {{city}} today", Values, TemplateEncoding.PlainText));
        Assert.Equal(["email", "points"], MessageTemplate.UnknownPlaceholders("{{email}} {{firstName}} {{ points }}"));
    }
}
