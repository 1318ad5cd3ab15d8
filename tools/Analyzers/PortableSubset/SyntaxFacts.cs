using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Terminal.Analyzers.PortableSubset
{
    /// <summary>Syntax helpers shared by the analyzers.</summary>
    internal static class SyntaxFacts
    {
        /// <summary>
        /// Tells whether the node is inside an XML documentation comment (a <c>cref</c>): it compiles to no
        /// code, so naming List{T} or decimal there breaks nothing on the device.
        /// </summary>
        public static bool IsInDocumentationComment(SyntaxNode node)
        {
            return node.FirstAncestorOrSelf<DocumentationCommentTriviaSyntax>() != null;
        }
    }
}
