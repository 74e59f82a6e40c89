namespace OmniCharts.ExportGenerator.Generation;

/// <summary>Short message texts; the charts never read them.</summary>
internal static class Texts
{
    public static readonly string[] Visitor =
    [
        "Hi, I need help with my order", "Is anyone there?", "Thanks!", "It still does not work",
        "Can I get a refund?", "OK", "My invoice looks wrong", "How long does shipping take?",
    ];

    public static readonly string[] Agent =
    [
        "Hello! How can I help?", "Let me check that for you.", "Could you share your order number?",
        "Done. Anything else?", "You're welcome!", "I have escalated this to billing.",
    ];
}
