namespace OmniCharts.ExportGenerator.Generation;

/// <summary>Short message texts; the charts never read them.</summary>
internal static class Texts
{
    public static readonly string[] Visitor =
    [
        "Hi, I need help", "Anyone there?", "Thanks!", "Still broken", "Refund please", "OK", "Wrong invoice", "Shipping time?",
    ];

    public static readonly string[] Agent =
    [
        "Hello! How can I help?", "Let me check.", "Your order number?", "Done. Anything else?", "You're welcome!", "Escalated to billing.",
    ];
}
