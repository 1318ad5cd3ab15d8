namespace Terminal.Drivers.CardReader.Pn532.Emv
{
    /// <summary>The EMV data object tags the contactless flow reads or fills (EMV 4.4 Book 3 Annex A), big-endian.</summary>
    public static class EmvTag
    {
        /// <summary>Application Identifier (AID), card: 4F.</summary>
        public const int ApplicationIdentifier = 0x4F;

        /// <summary>Application Primary Account Number (PAN), compressed numeric padded with F: 5A.</summary>
        public const int ApplicationPrimaryAccountNumber = 0x5A;

        /// <summary>Track 2 Equivalent Data: PAN, separator D, expiry, service code, discretionary data: 57.</summary>
        public const int Track2EquivalentData = 0x57;

        /// <summary>Directory entry (Application Template) in the PPSE: 61.</summary>
        public const int ApplicationTemplate = 0x61;

        /// <summary>File Control Information (FCI) Template: 6F.</summary>
        public const int FileControlInformationTemplate = 0x6F;

        /// <summary>READ RECORD Response Message Template: 70.</summary>
        public const int ReadRecordResponseTemplate = 0x70;

        /// <summary>Response Message Template Format 2 (GET PROCESSING OPTIONS, TLV-coded): 77.</summary>
        public const int ResponseTemplateFormat2 = 0x77;

        /// <summary>Response Message Template Format 1 (GET PROCESSING OPTIONS: AIP then AFL, no inner tags): 80.</summary>
        public const int ResponseTemplateFormat1 = 0x80;

        /// <summary>Command Template (GET PROCESSING OPTIONS data field holding the PDOL values): 83.</summary>
        public const int CommandTemplate = 0x83;

        /// <summary>Application Priority Indicator: 87.</summary>
        public const int ApplicationPriorityIndicator = 0x87;

        /// <summary>Application File Locator (AFL): 94.</summary>
        public const int ApplicationFileLocator = 0x94;

        /// <summary>Transaction Type: 9C.</summary>
        public const int TransactionType = 0x9C;

        /// <summary>Transaction Currency Code: 5F2A.</summary>
        public const int TransactionCurrencyCode = 0x5F2A;

        /// <summary>Terminal Country Code: 9F1A.</summary>
        public const int TerminalCountryCode = 0x9F1A;

        /// <summary>Processing Options Data Object List (PDOL): 9F38.</summary>
        public const int ProcessingOptionsDataObjectList = 0x9F38;

        /// <summary>Terminal Transaction Qualifiers (TTQ), contactless kernels: 9F66.</summary>
        public const int TerminalTransactionQualifiers = 0x9F66;

        /// <summary>File Control Information Issuer Discretionary Data (holds the PPSE's directory entries): BF0C.</summary>
        public const int IssuerDiscretionaryData = 0xBF0C;
    }
}
