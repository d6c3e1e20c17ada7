// MFC42.DLL (MFC 4.2, Visual C++ 6) exports by ordinal: the DLL exports nearly everything by ordinal
// only, so programs linked against it import e.g. #540 for `??0CString@@QAE@XZ`. Names are the
// decorated (mangled) names of the MFC42.DEF export list, spelled as vivisect's ordinal database
// spells them — capa's import and api features carry these strings. Where the .DEF aliases an
// export to another symbol (`name=internal`), vivisect keeps the whole `name=internal` text as the
// name; we keep it too (a vivisect quirk, reproduced so `mfc42.<name>` features equal capa's).
// Encoding as in tables.ts: names with consecutive ordinals, `@N` sets the next ordinal.

export const MFC42 = `
@256 ??0_AFX_CHECKLIST_STATE@@QAE@XZ ??0_AFX_COLOR_STATE@@QAE@XZ
??0_AFX_CONTROLPOS@@QAE@XZ=_AfxBinaryCompatibleStubFunction ??0_AFX_DAO_STATE@@QAE@XZ
??0_AFX_EDIT_STATE@@QAE@XZ ??0_AFX_OLE_STATE@@QAE@XZ ??0_AFX_THREAD_STATE@@QAE@XZ
??0_AFX_WIN_STATE@@QAE@XZ ??0_AFXCTL_AMBIENT_CACHE@@QAE@XZ
??0_AFXCTL_UIACTIVE_INFO@@QAE@PAUHMENU__@@PAUIOleInPlaceFrame@@@Z
??0AFX_CLASSINIT@@QAE@PAUCRuntimeClass@@@Z=??0AFX_CLASSINIT_COMPAT@@QAE@PAUCRuntimeClass@@@Z
??0AFX_DDPDATA@@QAE@PAXHH0IPBD@Z ??0AFX_EXCEPTION_LINK@@QAE@XZ
??0AFX_MODULE_STATE@@QAE@HP6GJPAUHWND__@@IIJ@ZK@Z ??0AFX_MODULE_STATE@@QAE@HP6GJPAUHWND__@@IIJ@ZKH@Z
??0AFX_MODULE_THREAD_STATE@@QAE@XZ ??0CAnimateCtrl@@QAE@XZ ??0CArchive@@QAE@PAVCFile@@IHPAX@Z
??0CArchivePropExchange@@QAE@AAVCArchive@@@Z ??0CArchiveStream@@QAE@PAVCArchive@@@Z
??0CAsyncMonikerFile@@QAE@XZ ??0CAsyncPropExchange@@QAE@K@Z ??0CAsyncSocket@@QAE@XZ
??0CBitmap@@QAE@XZ ??0CBitmapButton@@QAE@XZ ??0CBlobProperty@@QAE@PAX@Z ??0CBrush@@QAE@HK@Z
??0CBrush@@QAE@K@Z ??0CBrush@@QAE@PAVCBitmap@@@Z ??0CBrush@@QAE@XZ ??0CButton@@QAE@XZ
??0CByteArray@@QAE@XZ ??0CCheckListBox@@QAE@XZ ??0CClientDC@@QAE@PAVCWnd@@@Z ??0CCmdTarget@@QAE@XZ
??0CCmdUI@@QAE@XZ ??0CColorButton@@QAE@XZ ??0CColorDialog@@QAE@KKPAVCWnd@@@Z
??0CColorPropPage@@QAE@XZ ??0CComboBox@@QAE@XZ ??0CCommandLineInfo@@QAE@XZ
??0CConnectionPoint@@QAE@XZ ??0CControlBar@@IAE@XZ ??0CControlBarInfo@@QAE@XZ
??0CControlDataSource@COleControl@@QAE@PAV1@@Z ??0CControlFrameWnd@@QAE@PAVCOleControl@@@Z
??0CCriticalSection@@QAE@XZ ??0CCtrlView@@QAE@PBDK@Z ??0CDaoDatabase@@QAE@PAVCDaoWorkspace@@@Z
??0CDaoException@@QAE@XZ ??0CDaoFieldExchange@@QAE@IPAVCDaoRecordset@@PAX@Z
??0CDaoIndexFieldInfo@@QAE@XZ ??0CDaoIndexInfo@@QAE@XZ ??0CDaoQueryDef@@QAE@PAVCDaoDatabase@@@Z
??0CDaoRecordset@@QAE@PAVCDaoDatabase@@@Z ??0CDaoRecordView@@IAE@I@Z ??0CDaoRecordView@@IAE@PBD@Z
??0CDaoRelationFieldInfo@@QAE@XZ ??0CDaoRelationInfo@@QAE@XZ
??0CDaoTableDef@@QAE@PAVCDaoDatabase@@@Z ??0CDaoWorkspace@@QAE@XZ ??0CDatabase@@QAE@XZ
??0CDataBoundProperty@@QAE@PAV0@JG@Z ??0CDataExchange@@QAE@PAVCWnd@@H@Z
??0CDataSourceControl@@QAE@PAVCOleControlSite@@@Z ??0CDBException@@QAE@F@Z ??0CDBVariant@@QAE@XZ
??0CDC@@QAE@XZ ??0CDialog@@QAE@IPAVCWnd@@@Z ??0CDialog@@QAE@PBDPAVCWnd@@@Z ??0CDialog@@QAE@XZ
??0CDialogBar@@QAE@XZ ??0CDialogTemplate@@QAE@PAX@Z ??0CDialogTemplate@@QAE@PBUDLGTEMPLATE@@@Z
??0CDocItem@@IAE@XZ ??0CDockBar@@QAE@H@Z ??0CDockContext@@QAE@PAVCControlBar@@@Z
??0CDockState@@QAE@XZ ??0CDocManager@@QAE@XZ
??0CDocObjectServer@@QAE@PAVCOleServerDoc@@PAUIOleDocumentSite@@@Z
??0CDocObjectServerItem@@IAE@PAVCOleServerDoc@@H@Z ??0CDocTemplate@@IAE@IPAUCRuntimeClass@@00@Z
??0CDocument@@QAE@XZ ??0CDragListBox@@QAE@XZ ??0CDumpContext@@QAE@PAVCFile@@@Z
??0CDWordArray@@QAE@XZ ??0CDynLinkLibrary@@QAE@AAUAFX_EXTENSION_MODULE@@H@Z ??0CEdit@@QAE@XZ
??0CEditView@@QAE@XZ ??0CEnumArray@@QAE@IPBXIH@Z ??0CEnumConnPoints@@QAE@PBXI@Z
??0CEnumFormatEtc@@QAE@XZ ??0CEvent@@QAE@HHPBDPAU_SECURITY_ATTRIBUTES@@@Z ??0CException@@QAE@H@Z
??0CException@@QAE@XZ ??0CFieldExchange@@QAE@IPAVCRecordset@@PAX@Z ??0CFile@@QAE@H@Z
??0CFile@@QAE@PBDI@Z ??0CFile@@QAE@XZ ??0CFileDialog@@QAE@HPBD0K0PAVCWnd@@@Z ??0CFileFind@@QAE@XZ
??0CFindReplaceDialog@@QAE@XZ ??0CFont@@QAE@XZ ??0CFontComboBox@@QAE@XZ
??0CFontDialog@@QAE@ABU_charformat@@KPAVCDC@@PAVCWnd@@@Z
??0CFontDialog@@QAE@PAUtagLOGFONTA@@KPAVCDC@@PAVCWnd@@@Z
??0CFontHolder@@QAE@PAUIPropertyNotifySink@@@Z ??0CFontPropPage@@QAE@XZ ??0CFormView@@IAE@I@Z
??0CFormView@@IAE@PBD@Z ??0CFrameWnd@@QAE@XZ ??0CFtpConnection@@QAE@PAVCInternetSession@@PAXPBDK@Z
??0CFtpConnection@@QAE@PAVCInternetSession@@PBD11KGH@Z ??0CFtpFileFind@@QAE@PAVCFtpConnection@@K@Z
??0CGdiObject@@QAE@XZ ??0CGopherConnection@@QAE@PAVCInternetSession@@PAXPBDK@Z
??0CGopherConnection@@QAE@PAVCInternetSession@@PBD11KG@Z ??0CGopherFile@@IAE@PAX0PBDKK@Z
??0CGopherFile@@IAE@PAXAAVCGopherLocator@@PAVCGopherConnection@@@Z
??0CGopherFileFind@@QAE@PAVCGopherConnection@@K@Z ??0CGopherLocator@@AAE@PBDK@Z
??0CHandleMap@@QAE@PAUCRuntimeClass@@IH@Z ??0CHeaderCtrl@@QAE@XZ ??0CHotKeyCtrl@@QAE@XZ
??0CHttpConnection@@QAE@PAVCInternetSession@@PAXPBDK@Z
??0CHttpConnection@@QAE@PAVCInternetSession@@PBDG11K@Z ??0CHttpFile@@IAE@PAX0PBD11K@Z
??0CHttpFile@@IAE@PAXPBD1PAVCHttpConnection@@@Z ??0CImageList@@QAE@XZ
??0CInternetConnection@@QAE@PAVCInternetSession@@PBDGK@Z ??0CInternetException@@QAE@K@Z
??0CInternetFile@@IAE@PAX0PBD1KH@Z ??0CInternetFile@@IAE@PAXPBDPAVCInternetConnection@@H@Z
??0CInternetSession@@QAE@PBDKK00K@Z ??0CListBox@@QAE@XZ ??0CListCtrl@@QAE@XZ ??0CListView@@QAE@XZ
??0CLongBinary@@QAE@XZ ??0CMapPtrToPtr@@QAE@H@Z ??0CMapPtrToWord@@QAE@H@Z ??0CMapStringToOb@@QAE@H@Z
??0CMapStringToPtr@@QAE@H@Z ??0CMapStringToString@@QAE@H@Z ??0CMapWordToOb@@QAE@H@Z
??0CMapWordToPtr@@QAE@H@Z ??0CMDIChildWnd@@QAE@XZ ??0CMDIFrameWnd@@QAE@XZ ??0CMemFile@@QAE@I@Z
??0CMemFile@@QAE@PAEII@Z ??0CMenu@@QAE@XZ ??0CMetaFileDC@@QAE@XZ ??0CMiniDockFrameWnd@@QAE@XZ
??0CMiniFrameWnd@@QAE@XZ ??0CMirrorFile@@QAE@XZ ??0CMonikerFile@@QAE@XZ
??0CMultiDocTemplate@@QAE@IPAUCRuntimeClass@@00@Z ??0CMultiLock@@QAE@QAPAVCSyncObject@@KH@Z
??0CMutex@@QAE@HPBDPAU_SECURITY_ATTRIBUTES@@@Z ??0CObArray@@QAE@XZ ??0CObList@@QAE@H@Z
??0CODBCFieldInfo@@QAE@XZ ??0COleBusyDialog@@QAE@PAUHTASK__@@HKPAVCWnd@@@Z
??0COleChangeIconDialog@@QAE@PAVCOleClientItem@@KPAVCWnd@@@Z
??0COleChangeSourceDialog@@QAE@PAVCOleClientItem@@PAVCWnd@@@Z
??0COleClientItem@@QAE@PAVCOleDocument@@@Z ??0COleCmdUI@@QAE@PAU_tagOLECMD@@KPBU_GUID@@@Z
??0COleCntrFrameWnd@@QAE@PAVCOleIPFrameWnd@@@Z ??0COleControl@@QAE@XZ
??0COleControlContainer@@QAE@PAVCWnd@@@Z ??0COleControlLock@@QAE@ABU_GUID@@@Z
??0COleControlSite@@QAE@PAVCOleControlContainer@@@Z
??0COleConvertDialog@@QAE@PAVCOleClientItem@@KPAU_GUID@@PAVCWnd@@@Z ??0COleCurrency@@QAE@JJ@Z
??0COleDataObject@@QAE@XZ ??0COleDataSource@@QAE@XZ ??0COleDialog@@QAE@PAVCWnd@@@Z
??0COleDispatchDriver@@QAE@ABV0@@Z ??0COleDispatchDriver@@QAE@PAUIDispatch@@H@Z
??0COleDispatchDriver@@QAE@XZ ??0COleDispatchException@@QAE@PBDIG@Z ??0COleDocIPFrameWnd@@QAE@XZ
??0COleDocument@@QAE@XZ ??0COleDropSource@@QAE@XZ ??0COleDropTarget@@QAE@XZ
??0COleFrameHook@@QAE@PAVCFrameWnd@@PAVCOleClientItem@@@Z ??0COleInsertDialog@@QAE@KPAVCWnd@@@Z
??0COleIPFrameWnd@@QAE@XZ ??0COleLinkingDoc@@QAE@XZ
??0COleLinksDialog@@QAE@PAVCOleDocument@@PAVCView@@KPAVCWnd@@@Z ??0COleMessageFilter@@QAE@XZ
??0COleObjectFactory@@QAE@ABU_GUID@@PAUCRuntimeClass@@HPBD@Z
??0COlePasteSpecialDialog@@QAE@KPAVCOleDataObject@@PAVCWnd@@@Z
??0COlePropertiesDialog@@QAE@PAVCOleClientItem@@IIPAVCWnd@@@Z ??0COlePropertyPage@@QAE@II@Z
??0COleResizeBar@@QAE@XZ ??0COleSafeArray@@QAE@ABUtagSAFEARRAY@@G@Z
??0COleSafeArray@@QAE@ABUtagVARIANT@@@Z ??0COleSafeArray@@QAE@ABV0@@Z
??0COleSafeArray@@QAE@PBUtagSAFEARRAY@@G@Z ??0COleSafeArray@@QAE@PBUtagVARIANT@@@Z
??0COleServerDoc@@QAE@XZ ??0COleServerItem@@IAE@PAVCOleServerDoc@@H@Z
??0COleStreamFile@@QAE@PAUIStream@@@Z ??0COleTemplateServer@@QAE@XZ
??0COleUILinkInfo@@QAE@PAVCOleDocument@@@Z ??0COleUpdateDialog@@QAE@PAVCOleDocument@@HHPAVCWnd@@@Z
??0COleVariant@@QAE@ABUtagVARIANT@@@Z ??0COleVariant@@QAE@ABV0@@Z ??0COleVariant@@QAE@FG@Z
??0COleVariant@@QAE@JG@Z ??0COleVariant@@QAE@PBDG@Z ??0COleVariant@@QAE@PBUtagVARIANT@@@Z
??0COleVariant@@QAE@XZ ??0CPageSetupDialog@@QAE@KPAVCWnd@@@Z ??0CPaintDC@@QAE@PAVCWnd@@@Z
??0CPalette@@QAE@XZ ??0CPen@@QAE@HHK@Z ??0CPen@@QAE@HHPBUtagLOGBRUSH@@HPBK@Z ??0CPen@@QAE@XZ
??0CPictureHolder@@QAE@XZ ??0CPicturePropPage@@QAE@XZ ??0CPoint@@QAE@K@Z
??0CPoint@@QAE@UtagPOINT@@@Z ??0CPreviewDC@@QAE@XZ ??0CPreviewView@@QAE@XZ
??0CPrintDialog@@IAE@AAUtagPDA@@@Z ??0CPrintDialog@@QAE@HKPAVCWnd@@@Z ??0CPrintInfo@@QAE@XZ
??0CPrintPreviewState@@QAE@XZ ??0CProgressCtrl@@QAE@XZ
??0CPropbagPropExchange@@QAE@PAUIPropertyBag@@PAUIErrorLog@@HH@Z ??0CProperty@@QAE@KQAXK@Z
??0CProperty@@QAE@XZ ??0CPropertyPage@@QAE@II@Z ??0CPropertyPage@@QAE@PBDI@Z
??0CPropertyPage@@QAE@XZ ??0CPropertySection@@QAE@U_GUID@@@Z ??0CPropertySection@@QAE@XZ
??0CPropertySet@@QAE@U_GUID@@@Z ??0CPropertySet@@QAE@XZ ??0CPropertySheet@@QAE@IPAVCWnd@@I@Z
??0CPropertySheet@@QAE@PBDPAVCWnd@@I@Z ??0CPropertySheet@@QAE@XZ
??0CPropsetPropExchange@@QAE@AAVCPropertySection@@PAUIStorage@@H@Z ??0CPtrArray@@QAE@XZ
??0CPtrList@@QAE@H@Z ??0CRecentFileList@@QAE@IPBD0HH@Z ??0CRecordset@@QAE@PAVCDatabase@@@Z
??0CRecordView@@IAE@I@Z ??0CRecordView@@IAE@PBD@Z ??0CRectTracker@@QAE@PBUtagRECT@@I@Z
??0CRectTracker@@QAE@XZ ??0CReObject@@QAE@PAVCRichEditCntrItem@@@Z ??0CReObject@@QAE@XZ
??0CResetPropExchange@@QAE@XZ ??0CRgn@@QAE@XZ
??0CRichEditCntrItem@@QAE@PAU_reobject@@PAVCRichEditDoc@@@Z ??0CRichEditCtrl@@QAE@XZ
??0CRichEditDoc@@IAE@XZ ??0CRichEditView@@QAE@XZ ??0CScrollBar@@QAE@XZ ??0CScrollView@@IAE@XZ
??0CSemaphore@@QAE@JJPBDPAU_SECURITY_ATTRIBUTES@@@Z ??0CSharedFile@@QAE@II@Z
??0CSingleDocTemplate@@QAE@IPAUCRuntimeClass@@00@Z ??0CSingleLock@@QAE@PAVCSyncObject@@H@Z
??0CSliderCtrl@@QAE@XZ ??0CSocket@@QAE@XZ ??0CSocketFile@@QAE@PAVCSocket@@H@Z ??0CSocketWnd@@QAE@XZ
??0CSpinButtonCtrl@@QAE@XZ ??0CSplitterWnd@@QAE@XZ ??0CStatic@@QAE@XZ ??0CStatusBar@@QAE@XZ
??0CStatusBarCtrl@@QAE@XZ ??0CStdioFile@@QAE@PAU_iobuf@@@Z ??0CStdioFile@@QAE@PBDI@Z
??0CStdioFile@@QAE@XZ ??0CStockPropPage@@QAE@II@Z ??0CString@@QAE@ABV0@@Z ??0CString@@QAE@DH@Z
??0CString@@QAE@PBD@Z ??0CString@@QAE@PBDH@Z ??0CString@@QAE@PBG@Z ??0CString@@QAE@XZ
??0CStringArray@@QAE@XZ ??0CStringList@@QAE@H@Z ??0CSyncObject@@QAE@PBD@Z ??0CTabCtrl@@QAE@XZ
??0CTestCmdUI@@QAE@XZ ??0CThreadSlotData@@QAE@XZ ??0CTime@@QAE@ABU_FILETIME@@H@Z
??0CTime@@QAE@ABU_SYSTEMTIME@@H@Z ??0CTime@@QAE@ABV0@@Z ??0CTime@@QAE@GGH@Z ??0CTime@@QAE@HHHHHHH@Z
??0CTime@@QAE@XZ ??0CTimeSpan@@QAE@XZ ??0CToolBar@@QAE@XZ ??0CToolBarCtrl@@QAE@XZ
??0CToolTipCtrl@@QAE@XZ ??0CTreeCtrl@@QAE@XZ ??0CTreeView@@QAE@XZ ??0CUIntArray@@QAE@XZ
??0CView@@IAE@XZ ??0CWinApp@@QAE@PBD@Z ??0CWindowDC@@QAE@PAVCWnd@@@Z
??0CWindowlessDC@@QAE@PAUHDC__@@AAVCPoint@@@Z ??0CWinThread@@QAE@P6AIPAX@Z0@Z ??0CWinThread@@QAE@XZ
??0CWnd@@AAE@PAUHWND__@@@Z ??0CWnd@@QAE@XZ ??0CWordArray@@QAE@XZ ??0PAGE_INFO@CPreviewView@@QAE@XZ
??0tagFONTOBJECT@@QAE@ABU0@@Z ??1?$_CIP@UIBindCtx@@$1?IID_IBindCtx@@3U_GUID@@B@@QAE@XZ
??1?$_CIP@UIBindHost@@$1?IID_IBindHost@@3U_GUID@@B@@QAE@XZ
??1?$_CIP@UIBinding@@$1?IID_IBinding@@3U_GUID@@B@@QAE@XZ
??1?$_CIP@UIMoniker@@$1?IID_IMoniker@@3U_GUID@@B@@QAE@XZ
??1?$_CIP@UIServiceProvider@@$1?IID_IServiceProvider@@3U_GUID@@B@@QAE@XZ
??1?$_CIP@UIStream@@$1?IID_IStream@@3U_GUID@@B@@QAE@XZ
??1?$CIP@UIBindCtx@@$1?IID_IBindCtx@@3U_GUID@@B@@QAE@XZ
??1?$CIP@UIBindHost@@$1?IID_IBindHost@@3U_GUID@@B@@QAE@XZ
??1?$CIP@UIBinding@@$1?IID_IBinding@@3U_GUID@@B@@QAE@XZ
??1?$CIP@UIMoniker@@$1?IID_IMoniker@@3U_GUID@@B@@QAE@XZ
??1?$CIP@UIServiceProvider@@$1?IID_IServiceProvider@@3U_GUID@@B@@QAE@XZ
??1?$CIP@UIStream@@$1?IID_IStream@@3U_GUID@@B@@QAE@XZ
??1?$CThreadLocal@VAFX_MODULE_THREAD_STATE@@@@QAE@XZ ??1_AFX_CHECKLIST_STATE@@UAE@XZ
??1_AFX_CTL3D_STATE@@UAE@XZ ??1_AFX_CTL3D_THREAD@@UAE@XZ ??1_AFX_DAO_STATE@@UAE@XZ
??1_AFX_DB_STATE@@UAE@XZ ??1_AFX_EDIT_STATE@@UAE@XZ
??1_AFX_EXTDLL_STATE@@UAE@XZ=_AfxBinaryCompatibleStubFunction ??1_AFX_MAIL_STATE@@UAE@XZ
??1_AFX_OLE_STATE@@UAE@XZ ??1_AFX_RICHEDIT_STATE@@UAE@XZ ??1_AFX_SOCK_STATE@@UAE@XZ
??1_AFX_THREAD_STATE@@UAE@XZ ??1_AFX_WIN_STATE@@UAE@XZ ??1_AFXCTL_UIACTIVE_INFO@@QAE@XZ
??1AFX_COM@@QAE@XZ=_AfxBinaryCompatibleStubFunction ??1AFX_MAINTAIN_STATE@@QAE@XZ
??1AFX_MODULE_STATE@@UAE@XZ ??1AFX_MODULE_THREAD_STATE@@UAE@XZ ??1CAnimateCtrl@@UAE@XZ
??1CArchive@@QAE@XZ ??1CAsyncMonikerFile@@UAE@XZ ??1CAsyncSocket@@UAE@XZ ??1CBitmap@@UAE@XZ
??1CBitmapButton@@UAE@XZ ??1CBrush@@UAE@XZ ??1CButton@@UAE@XZ ??1CByteArray@@UAE@XZ
??1CCachedDataPathProperty@@UAE@XZ ??1CCheckListBox@@UAE@XZ ??1CClientDC@@UAE@XZ
??1CCmdTarget@@UAE@XZ ??1CColorButton@@UAE@XZ ??1CComboBox@@UAE@XZ ??1CCommandLineInfo@@UAE@XZ
??1CCommonDialog@@UAE@XZ ??1CConnectionPoint@@UAE@XZ ??1CControlBar@@UAE@XZ
??1CCriticalSection@@UAE@XZ ??1CCtrlView@@UAE@XZ ??1CDaoDatabase@@UAE@XZ ??1CDaoException@@UAE@XZ
??1CDaoFieldInfo@@QAE@XZ ??1CDaoIndexFieldInfo@@QAE@XZ ??1CDaoIndexInfo@@UAE@XZ
??1CDaoQueryDef@@UAE@XZ ??1CDaoRecordset@@UAE@XZ ??1CDaoRecordView@@UAE@XZ
??1CDaoRelationFieldInfo@@QAE@XZ ??1CDaoRelationInfo@@UAE@XZ ??1CDaoTableDef@@UAE@XZ
??1CDaoWorkspace@@UAE@XZ ??1CDatabase@@UAE@XZ ??1CDataPathProperty@@UAE@XZ
??1CDataSourceControl@@QAE@XZ ??1CDBException@@UAE@XZ ??1CDBVariant@@UAE@XZ ??1CDC@@UAE@XZ
??1CDialog@@UAE@XZ ??1CDialogBar@@UAE@XZ ??1CDialogTemplate@@QAE@XZ ??1CDocItem@@UAE@XZ
??1CDockBar@@UAE@XZ ??1CDockContext@@QAE@XZ ??1CDockState@@UAE@XZ ??1CDocManager@@UAE@XZ
??1CDocObjectServer@@UAE@XZ ??1CDocObjectServerItem@@UAE@XZ ??1CDocTemplate@@UAE@XZ
??1CDocument@@UAE@XZ ??1CDragListBox@@UAE@XZ ??1CDWordArray@@UAE@XZ ??1CDynLinkLibrary@@UAE@XZ
??1CEdit@@UAE@XZ ??1CEditView@@UAE@XZ ??1CEnumArray@@UAE@XZ ??1CEnumConnPoints@@UAE@XZ
??1CEnumFormatEtc@@UAE@XZ ??1CEnumOleVerb@@UAE@XZ ??1CEnumUnknown@@UAE@XZ ??1CEvent@@UAE@XZ
??1CException@@UAE@XZ ??1CFile@@UAE@XZ ??1CFileDialog@@UAE@XZ ??1CFileException@@UAE@XZ
??1CFileFind@@UAE@XZ ??1CFont@@UAE@XZ ??1CFontComboBox@@UAE@XZ ??1CFontDialog@@UAE@XZ
??1CFontHolder@@QAE@XZ ??1CFormView@@UAE@XZ ??1CFrameWnd@@UAE@XZ ??1CFtpConnection@@UAE@XZ
??1CFtpFileFind@@UAE@XZ ??1CGdiObject@@UAE@XZ ??1CGopherConnection@@UAE@XZ ??1CGopherFile@@UAE@XZ
??1CGopherFileFind@@UAE@XZ ??1CGopherLocator@@UAE@XZ ??1CHeaderCtrl@@UAE@XZ ??1CHotKeyCtrl@@UAE@XZ
??1CHttpConnection@@UAE@XZ ??1CHttpFile@@UAE@XZ ??1CImageList@@UAE@XZ ??1CInternetConnection@@UAE@XZ
??1CInternetException@@UAE@XZ ??1CInternetFile@@UAE@XZ ??1CInternetSession@@UAE@XZ
??1CItemDataSource@COleServerItem@@UAE@XZ ??1CListBox@@UAE@XZ ??1CListCtrl@@UAE@XZ
??1CListView@@UAE@XZ ??1CLongBinary@@UAE@XZ ??1CMapPtrToPtr@@UAE@XZ ??1CMapPtrToWord@@UAE@XZ
??1CMapStringToOb@@UAE@XZ ??1CMapStringToPtr@@UAE@XZ ??1CMapStringToString@@UAE@XZ
??1CMapWordToOb@@UAE@XZ ??1CMapWordToPtr@@UAE@XZ ??1CMemFile@@UAE@XZ ??1CMenu@@UAE@XZ
??1CMetaFileDC@@UAE@XZ ??1CMiniFrameWnd@@UAE@XZ ??1CMirrorFile@@UAE@XZ ??1CMonikerFile@@UAE@XZ
??1CMultiDocTemplate@@UAE@XZ ??1CMultiLock@@QAE@XZ ??1CMutex@@UAE@XZ ??1CNoTrackObject@@UAE@XZ
??1CObArray@@UAE@XZ ??1CObject@@UAE@XZ ??1CObList@@UAE@XZ ??1CODBCFieldInfo@@QAE@XZ
??1COleBusyDialog@@UAE@XZ ??1COleChangeIconDialog@@UAE@XZ ??1COleChangeSourceDialog@@UAE@XZ
??1COleClientItem@@UAE@XZ ??1COleCmdUI@@QAE@XZ ??1COleCntrFrameWnd@@UAE@XZ ??1COleControl@@UAE@XZ
??1COleControlContainer@@UAE@XZ ??1COleControlLock@@UAE@XZ ??1COleControlSite@@UAE@XZ
??1COleConvertDialog@@UAE@XZ ??1COleDataObject@@QAE@XZ ??1COleDataSource@@UAE@XZ
??1COleDialog@@UAE@XZ ??1COleDispatchDriver@@QAE@XZ ??1COleDispatchException@@UAE@XZ
??1COleDocIPFrameWnd@@UAE@XZ ??1COleDocument@@UAE@XZ ??1COleDropSource@@UAE@XZ
??1COleDropTarget@@UAE@XZ ??1COleFrameHook@@UAE@XZ ??1COleInsertDialog@@UAE@XZ
??1COleIPFrameWnd@@UAE@XZ ??1COleLinkingDoc@@UAE@XZ ??1COleLinksDialog@@UAE@XZ
??1COleMessageFilter@@UAE@XZ ??1COleObjectFactory@@UAE@XZ ??1COlePasteSpecialDialog@@UAE@XZ
??1COlePropertiesDialog@@UAE@XZ ??1COlePropertyPage@@UAE@XZ ??1COleResizeBar@@UAE@XZ
??1COleServerDoc@@UAE@XZ ??1COleServerItem@@UAE@XZ ??1COleStreamFile@@UAE@XZ
??1COleTemplateServer@@UAE@XZ ??1COleUpdateDialog@@UAE@XZ ??1COleVariant@@QAE@XZ
??1CPageSetupDialog@@UAE@XZ ??1CPaintDC@@UAE@XZ ??1CPalette@@UAE@XZ ??1CPen@@UAE@XZ
??1CPictureHolder@@QAE@XZ ??1CPicturePropPage@@UAE@XZ ??1CPreviewDC@@UAE@XZ ??1CPreviewView@@UAE@XZ
??1CPrintDialog@@UAE@XZ ??1CPrintInfo@@QAE@XZ ??1CProcessLocalObject@@QAE@XZ
??1CProgressCtrl@@UAE@XZ ??1CPropbagPropExchange@@QAE@XZ ??1CProperty@@QAE@XZ
??1CPropertyPage@@UAE@XZ ??1CPropertySection@@QAE@XZ ??1CPropertySet@@QAE@XZ
??1CPropertySheet@@UAE@XZ ??1CPtrArray@@UAE@XZ ??1CPtrList@@UAE@XZ ??1CRecentFileList@@UAE@XZ
??1CRecordset@@UAE@XZ ??1CRecordView@@UAE@XZ ??1CRectTracker@@UAE@XZ ??1CReObject@@QAE@XZ
??1CRgn@@UAE@XZ ??1CRichEditCntrItem@@UAE@XZ ??1CRichEditCtrl@@UAE@XZ ??1CRichEditView@@UAE@XZ
??1CScrollBar@@UAE@XZ ??1CScrollView@@UAE@XZ ??1CSemaphore@@UAE@XZ ??1CSharedFile@@UAE@XZ
??1CSimpleException@@UAE@XZ ??1CSingleDocTemplate@@UAE@XZ ??1CSizeComboBox@@UAE@XZ
??1CSliderCtrl@@UAE@XZ ??1CSocket@@UAE@XZ ??1CSocketFile@@UAE@XZ ??1CSpinButtonCtrl@@UAE@XZ
??1CSplitterWnd@@UAE@XZ ??1CStatic@@UAE@XZ ??1CStatusBar@@UAE@XZ ??1CStatusBarCtrl@@UAE@XZ
??1CStdioFile@@UAE@XZ ??1CStockPropPage@@UAE@XZ ??1CString@@QAE@XZ ??1CStringArray@@UAE@XZ
??1CStringList@@UAE@XZ ??1CSyncObject@@UAE@XZ ??1CTabCtrl@@UAE@XZ ??1CThreadLocalObject@@QAE@XZ
??1CThreadSlotData@@QAE@XZ ??1CToolBar@@UAE@XZ ??1CToolBarCtrl@@UAE@XZ ??1CToolTipCtrl@@UAE@XZ
??1CTreeCtrl@@UAE@XZ ??1CTreeView@@UAE@XZ ??1CUIntArray@@UAE@XZ ??1CView@@UAE@XZ
??1CWaitCursor@@QAE@XZ ??1CWinApp@@UAE@XZ ??1CWindowDC@@UAE@XZ ??1CWinThread@@UAE@XZ ??1CWnd@@UAE@XZ
??1CWordArray@@UAE@XZ ??1tagFONTOBJECT@@QAE@XZ ??1XEventConnPt@COleControl@@UAE@XZ
??1XPropConnPt@COleControl@@UAE@XZ ??2@YAPAXI@Z ??2CNoTrackObject@@SGPAXI@Z ??3@YAXPAX@Z
??3CNoTrackObject@@SGXPAX@Z ??3CObject@@SGXPAX@Z
??4?$_CIP@UIBindHost@@$1?IID_IBindHost@@3U_GUID@@B@@QAEAAV0@PAUIBindHost@@@Z
??4COleCurrency@@QAEABV0@ABUtagVARIANT@@@Z ??4COleCurrency@@QAEABV0@ABV0@@Z
??4COleCurrency@@QAEABV0@TtagCY@@@Z ??4COleDateTime@@QAEABV0@ABJ@Z
??4COleDateTime@@QAEABV0@ABU_FILETIME@@@Z ??4COleDateTime@@QAEABV0@ABU_SYSTEMTIME@@@Z
??4COleDateTime@@QAEABV0@ABUtagVARIANT@@@Z ??4COleDateTime@@QAEABV0@N@Z
??4COleDateTimeSpan@@QAEABV0@ABV0@@Z ??4COleDateTimeSpan@@QAEABV0@N@Z
??4COleDispatchDriver@@QAEABV0@ABV0@@Z ??4COleSafeArray@@QAEAAV0@ABUtagVARIANT@@@Z
??4COleSafeArray@@QAEAAV0@ABV0@@Z ??4COleSafeArray@@QAEAAV0@ABVCOleVariant@@@Z
??4COleSafeArray@@QAEAAV0@PBUtagVARIANT@@@Z ??4COleVariant@@QAEABV0@ABUtagVARIANT@@@Z
??4COleVariant@@QAEABV0@ABV0@@Z ??4COleVariant@@QAEABV0@ABVCByteArray@@@Z
??4COleVariant@@QAEABV0@ABVCLongBinary@@@Z ??4COleVariant@@QAEABV0@ABVCOleCurrency@@@Z
??4COleVariant@@QAEABV0@ABVCOleDateTime@@@Z ??4COleVariant@@QAEABV0@ABVCString@@@Z
??4COleVariant@@QAEABV0@E@Z ??4COleVariant@@QAEABV0@F@Z ??4COleVariant@@QAEABV0@J@Z
??4COleVariant@@QAEABV0@M@Z ??4COleVariant@@QAEABV0@N@Z ??4COleVariant@@QAEABV0@PBUtagVARIANT@@@Z
??4COleVariant@@QAEABV0@QBD@Z ??4CString@@QAEABV0@ABV0@@Z ??4CString@@QAEABV0@D@Z
??4CString@@QAEABV0@PBD@Z ??4CString@@QAEABV0@PBG@Z ??5@YGAAVCArchive@@AAV0@AAPAVCByteArray@@@Z
??5@YGAAVCArchive@@AAV0@AAPAVCDocItem@@@Z ??5@YGAAVCArchive@@AAV0@AAPAVCDockState@@@Z
??5@YGAAVCArchive@@AAV0@AAPAVCDWordArray@@@Z ??5@YGAAVCArchive@@AAV0@AAPAVCMapStringToOb@@@Z
??5@YGAAVCArchive@@AAV0@AAPAVCMapStringToString@@@Z ??5@YGAAVCArchive@@AAV0@AAPAVCMapWordToOb@@@Z
??5@YGAAVCArchive@@AAV0@AAPAVCObArray@@@Z ??5@YGAAVCArchive@@AAV0@AAPAVCObList@@@Z
??5@YGAAVCArchive@@AAV0@AAPAVCRichEditCntrItem@@@Z ??5@YGAAVCArchive@@AAV0@AAPAVCStringArray@@@Z
??5@YGAAVCArchive@@AAV0@AAPAVCStringList@@@Z ??5@YGAAVCArchive@@AAV0@AAPAVCWordArray@@@Z
??5@YGAAVCArchive@@AAV0@AAVCOleCurrency@@@Z ??5@YGAAVCArchive@@AAV0@AAVCOleDateTime@@@Z
??5@YGAAVCArchive@@AAV0@AAVCOleDateTimeSpan@@@Z ??5@YGAAVCArchive@@AAV0@AAVCOleVariant@@@Z
??5@YGAAVCArchive@@AAV0@AAVCString@@@Z ??5@YGAAVCArchive@@AAV0@AAVCTime@@@Z
??5@YGAAVCArchive@@AAV0@AAVCTimeSpan@@@Z ??6@YGAAVCArchive@@AAV0@ABVCString@@@Z
??6@YGAAVCArchive@@AAV0@VCOleCurrency@@@Z ??6@YGAAVCArchive@@AAV0@VCOleDateTime@@@Z
??6@YGAAVCArchive@@AAV0@VCOleDateTimeSpan@@@Z ??6@YGAAVCArchive@@AAV0@VCOleVariant@@@Z
??6@YGAAVCArchive@@AAV0@VCTime@@@Z ??6@YGAAVCArchive@@AAV0@VCTimeSpan@@@Z
??6CDumpContext@@QAEAAV0@ABVCObject@@@Z ??6CDumpContext@@QAEAAV0@E@Z ??6CDumpContext@@QAEAAV0@G@Z
??6CDumpContext@@QAEAAV0@H@Z ??6CDumpContext@@QAEAAV0@I@Z ??6CDumpContext@@QAEAAV0@J@Z
??6CDumpContext@@QAEAAV0@K@Z ??6CDumpContext@@QAEAAV0@PBD@Z ??6CDumpContext@@QAEAAV0@PBG@Z
??6CDumpContext@@QAEAAV0@PBVCObject@@@Z ??6CDumpContext@@QAEAAV0@PBX@Z
??8COleSafeArray@@QBEHABUtagSAFEARRAY@@@Z ??8COleSafeArray@@QBEHABUtagVARIANT@@@Z
??8COleSafeArray@@QBEHABV0@@Z ??8COleSafeArray@@QBEHABVCOleVariant@@@Z
??8COleSafeArray@@QBEHPBUtagSAFEARRAY@@@Z ??8COleSafeArray@@QBEHPBUtagVARIANT@@@Z
??8COleVariant@@QBEHABUtagVARIANT@@@Z ??8CTime@@QBEHV0@@Z ??9CTime@@QBEHV0@@Z
??ACMapPtrToPtr@@QAEAAPAXPAX@Z ??ACMapPtrToWord@@QAEAAGPAX@Z
??ACMapStringToOb@@QAEAAPAVCObject@@PBD@Z ??ACMapStringToPtr@@QAEAAPAXPBD@Z
??ACMapStringToString@@QAEAAVCString@@PBD@Z ??ACMapWordToOb@@QAEAAPAVCObject@@G@Z
??ACMapWordToPtr@@QAEAAPAXG@Z ??DCOleCurrency@@QBE?AV0@J@Z ??GCOleCurrency@@QBE?AV0@ABV0@@Z
??GCOleCurrency@@QBE?AV0@XZ ??GCOleDateTime@@QBE?AV0@ABVCOleDateTimeSpan@@@Z
??GCOleDateTime@@QBE?AVCOleDateTimeSpan@@ABV0@@Z ??GCOleDateTimeSpan@@QBE?AV0@ABV0@@Z
??H@YG?AVCString@@ABV0@0@Z ??H@YG?AVCString@@ABV0@D@Z ??H@YG?AVCString@@ABV0@PBD@Z
??H@YG?AVCString@@DABV0@@Z ??H@YG?AVCString@@PBDABV0@@Z ??HCOleCurrency@@QBE?AV0@ABV0@@Z
??HCOleDateTime@@QBE?AV0@ABVCOleDateTimeSpan@@@Z ??HCOleDateTimeSpan@@QBE?AV0@ABV0@@Z
??KCOleCurrency@@QBE?AV0@J@Z ??MCOleCurrency@@QBEHABV0@@Z ??MCOleDateTime@@QBEHABV0@@Z
??NCOleCurrency@@QBEHABV0@@Z ??NCOleDateTime@@QBEHABV0@@Z ??OCOleCurrency@@QBEHABV0@@Z
??OCOleDateTime@@QBEHABV0@@Z ??PCOleCurrency@@QBEHABV0@@Z ??PCOleDateTime@@QBEHABV0@@Z
??YCString@@QAEABV0@ABV0@@Z ??YCString@@QAEABV0@D@Z ??YCString@@QAEABV0@PBD@Z
?_AfxAbortProc@@YGHPAUHDC__@@H@Z ?_afxAdvApi@@3UAFX_ADVAPI_CALL@@A=_AfxBinaryCompatibleStubFunction
?_afxAmbientCache@@3V?$CThreadLocal@V_AFXCTL_AMBIENT_CACHE@@@@A
?_afxComDlg@@3UAFX_COMDLG_CALL@@A=_AfxBinaryCompatibleStubFunction
?_afxCommCtrl@@3UAFX_COMMCTRL_CALL@@A=_AfxBinaryCompatibleStubFunction ?_afxDBCS@@3HB
?_afxODBC@@3UAFX_ODBC_CALL@@A=_AfxBinaryCompatibleStubFunction
?_afxOLE@@3UAFX_OLE_CALL@@A=_AfxBinaryCompatibleStubFunction
?_afxRichEditState@@3V?$CProcessLocal@V_AFX_RICHEDIT_STATE@@@@A
?_afxShell@@3UAFX_SHELL_CALL@@A=_AfxBinaryCompatibleStubFunction
?_afxSOCK@@3UAFX_SOCK_CALL@@A=_AfxBinaryCompatibleStubFunction
?_afxUrlMon@@3UAFX_URLMON_CALL@@A=_AfxBinaryCompatibleStubFunction
?_afxWinSpool@@3UAFX_WINSPOOL_CALL@@A=_AfxBinaryCompatibleStubFunction ?_mbstowcsz@@YAHPAGPBDI@Z
?_wcstombsz@@YAHPADPBGI@Z ?Abort@CArchive@@QAEXXZ ?Abort@CFile@@UAEXXZ ?Abort@CInternetFile@@UAEXXZ
?Abort@CMemFile@@UAEXXZ ?Abort@CMirrorFile@@UAEXXZ ?Abort@COleStreamFile@@UAEXXZ
?Abort@CSocketFile@@UAEXXZ ?Abort@CStdioFile@@UAEXXZ
?AboutToDo@XNotifyDBEvents@COleControlSite@@UAGJKKQAUtagDBNOTIFYREASON@@@Z
?Accept@CAsyncSocket@@UAEHAAV1@PAUsockaddr@@PAH@Z
?Accept@CSocket@@UAEHAAVCAsyncSocket@@PAUsockaddr@@PAH@Z ?AccessData@COleSafeArray@@QAEXPAPAX@Z
?Activate@COleClientItem@@QAEXJPAVCView@@PAUtagMSG@@@Z
?Activate@XPropertyPage@COlePropertyPage@@UAGJPAUHWND__@@PBUtagRECT@@H@Z
?ActivateAs@COleClientItem@@UAEHPBDABU_GUID@@1@Z ?ActivateAs@CRichEditCntrItem@@UAEHPBDABU_GUID@@1@Z
?ActivateDocObject@CDocObjectServer@@QAEXXZ ?ActivateDocObject@COleServerDoc@@QAEXXZ
?ActivateFrame@CFrameWnd@@UAEXH@Z ?ActivateFrame@CMDIChildWnd@@UAEXH@Z
?ActivateInPlace@COleServerDoc@@QAEHXZ ?ActivateNext@CSplitterWnd@@UAEXH@Z
?ActivateTopParent@CWnd@@QAEXXZ ?Add@CRecentFileList@@UAEXPBD@Z ?AddBitmap@CToolBarCtrl@@QAEHHI@Z
?AddBitmap@CToolBarCtrl@@QAEHHPAVCBitmap@@@Z
?AddCachedData@COleClientItem@@IAEXPAVCOleDataSource@@@Z
?AddConnPoint@CEnumConnPoints@@QAEXPAUIConnectionPoint@@@Z
?AddDocTemplate@CDocManager@@UAEXPAVCDocTemplate@@@Z
?AddDocTemplate@CWinApp@@QAEXPAVCDocTemplate@@@Z ?AddDocument@CDocTemplate@@UAEXPAVCDocument@@@Z
?AddDocument@CMultiDocTemplate@@UAEXPAVCDocument@@@Z
?AddDocument@CSingleDocTemplate@@UAEXPAVCDocument@@@Z
?AddFont@CFontComboBox@@QAEHPAUtagLOGFONTA@@K@Z ?AddFormat@CEnumFormatEtc@@QAEXPBUtagFORMATETC@@@Z
?AddFormat@COlePasteSpecialDialog@@QAEXABUtagFORMATETC@@PAD1K@Z
?AddFormat@COlePasteSpecialDialog@@QAEXIKIHH@Z ?AddFrameLevelUI@COleControl@@MAEXXZ
?AddFrameWnd@CFrameWnd@@IAEXXZ ?AddHead@CObList@@QAEPAU__POSITION@@PAVCObject@@@Z
?AddHead@CObList@@QAEXPAV1@@Z ?AddHead@CPtrList@@QAEPAU__POSITION@@PAX@Z
?AddHead@CPtrList@@QAEXPAV1@@Z ?AddHead@CSimpleList@@QAEXPAX@Z
?AddHead@CStringList@@QAEPAU__POSITION@@PBD@Z ?AddHead@CStringList@@QAEXPAV1@@Z
?AddItem@COleDocument@@UAEXPAVCDocItem@@@Z
?AddLinkEntry@COlePasteSpecialDialog@@QAE?AW4tagOLEUIPASTEFLAG@@I@Z ?AddNew@CDaoRecordset@@UAEXXZ
?AddNew@CRecordset@@UAEXXZ ?AddOtherClipboardData@COleServerItem@@QAEXPAVCOleDataSource@@@Z
?AddPage@CPropertySheet@@QAEXPAVCPropertyPage@@@Z
?AddProperty@CPropertySection@@QAEXPAVCProperty@@@Z
?AddProperty@CPropertySet@@QAEXU_GUID@@PAVCProperty@@@Z ?AddRef@CArchiveStream@@UAGKXZ
?AddRef@CBlobProperty@@UAGKXZ ?AddRef@CInnerUnknown@@UAGKXZ ?AddRef@COleConnPtContainer@@UAGKXZ
?AddRef@COleDispatchImpl@@UAGKXZ ?AddRef@COleUILinkInfo@@UAGKXZ
?AddRef@XAdviseSink@COleClientItem@@UAGKXZ ?AddRef@XAmbientProps@COleControlSite@@UAGKXZ
?AddRef@XBoundObjectSite@COleControlSite@@UAGKXZ ?AddRef@XClassFactory@COleObjectFactory@@UAGKXZ
?AddRef@XConnPt@CConnectionPoint@@UAGKXZ ?AddRef@XDataObject@COleControl@@UAGKXZ
?AddRef@XDataObject@COleDataSource@@UAGKXZ ?AddRef@XDataObject@COleServerDoc@@UAGKXZ
?AddRef@XDataObject@COleServerItem@@UAGKXZ ?AddRef@XDropSource@COleDropSource@@UAGKXZ
?AddRef@XDropTarget@COleDropTarget@@UAGKXZ ?AddRef@XEnumVOID@CEnumArray@@UAGKXZ
?AddRef@XEventSink@COleControlSite@@UAGKXZ ?AddRef@XFontNotification@COleControl@@UAGKXZ
?AddRef@XMessageFilter@COleMessageFilter@@UAGKXZ ?AddRef@XNotifyDBEvents@COleControlSite@@UAGKXZ
?AddRef@XOleCache@COleControl@@UAGKXZ ?AddRef@XOleClientSite@COleClientItem@@UAGKXZ
?AddRef@XOleClientSite@COleControlSite@@UAGKXZ ?AddRef@XOleCommandTarget@CDocObjectServer@@UAGKXZ
?AddRef@XOleContainer@COleControlContainer@@UAGKXZ ?AddRef@XOleControl@COleControl@@UAGKXZ
?AddRef@XOleControlSite@COleControlSite@@UAGKXZ ?AddRef@XOleDocument@CDocObjectServer@@UAGKXZ
?AddRef@XOleDocumentView@CDocObjectServer@@UAGKXZ
?AddRef@XOleInPlaceActiveObject@COleControl@@UAGKXZ
?AddRef@XOleInPlaceActiveObject@COleServerDoc@@UAGKXZ ?AddRef@XOleInPlaceFrame@COleFrameHook@@UAGKXZ
?AddRef@XOleInPlaceObject@COleControl@@UAGKXZ ?AddRef@XOleInPlaceObject@COleServerDoc@@UAGKXZ
?AddRef@XOleIPFrame@COleControlContainer@@UAGKXZ ?AddRef@XOleIPSite@COleClientItem@@UAGKXZ
?AddRef@XOleIPSite@COleControlSite@@UAGKXZ ?AddRef@XOleItemContainer@COleLinkingDoc@@UAGKXZ
?AddRef@XOleObject@CDocObjectServer@@UAGKXZ ?AddRef@XOleObject@COleControl@@UAGKXZ
?AddRef@XOleObject@COleServerDoc@@UAGKXZ ?AddRef@XOleObject@COleServerItem@@UAGKXZ
?AddRef@XOleUIObjInfo@COlePropertiesDialog@@UAGKXZ ?AddRef@XPerPropertyBrowsing@COleControl@@UAGKXZ
?AddRef@XPersistFile@COleLinkingDoc@@UAGKXZ ?AddRef@XPersistMemory@COleControl@@UAGKXZ
?AddRef@XPersistPropertyBag@COleControl@@UAGKXZ ?AddRef@XPersistStorage@COleControl@@UAGKXZ
?AddRef@XPersistStorage@COleServerDoc@@UAGKXZ ?AddRef@XPersistStreamInit@COleControl@@UAGKXZ
?AddRef@XPointerInactive@COleControl@@UAGKXZ ?AddRef@XPrint@CDocObjectServer@@UAGKXZ
?AddRef@XPropertyNotifySink@COleControlSite@@UAGKXZ ?AddRef@XPropertyPage@COlePropertyPage@@UAGKXZ
?AddRef@XPropNotifySink@COlePropertyPage@@UAGKXZ ?AddRef@XProvideClassInfo@COleControl@@UAGKXZ
?AddRef@XQuickActivate@COleControl@@UAGKXZ ?AddRef@XRichEditOleCallback@CRichEditView@@UAGKXZ
?AddRef@XSpecifyPropertyPages@COleControl@@UAGKXZ ?AddRef@XViewObject@COleControl@@UAGKXZ
?AddReplaceBitmap@CToolBar@@QAEHPAUHBITMAP__@@@Z ?AddRequestHeaders@CHttpFile@@QAEHAAVCString@@K@Z
?AddRequestHeaders@CHttpFile@@QAEHPBDKH@Z
?AddSection@CPropertySet@@QAEPAVCPropertySection@@U_GUID@@@Z
?AddSection@CPropertySet@@QAEXPAVCPropertySection@@@Z ?AddSize@CSizeComboBox@@QAEHHJ@Z
?AddStandardFormats@COlePasteSpecialDialog@@QAEXH@Z ?AddString@CToolBarCtrl@@QAEHI@Z
?AddTail@CObList@@QAEPAU__POSITION@@PAVCObject@@@Z ?AddTail@CObList@@QAEXPAV1@@Z
?AddTail@CPtrList@@QAEPAU__POSITION@@PAX@Z ?AddTail@CPtrList@@QAEXPAV1@@Z
?AddTail@CStringList@@QAEPAU__POSITION@@PBD@Z ?AddTail@CStringList@@QAEXPAV1@@Z
?AddTool@CToolTipCtrl@@QAEHPAVCWnd@@IPBUtagRECT@@I@Z
?AddTool@CToolTipCtrl@@QAEHPAVCWnd@@PBDPBUtagRECT@@I@Z ?AddToRecentFileList@CWinApp@@UAEXPBD@Z
?AddView@CDocument@@QAEXPAVCView@@@Z ?AdjustCP@CMetaFileDC@@IAEXH@Z
?AdjustDialogPosition@CRichEditView@@QAEXPAVCDialog@@@Z
?AdjustRect@CRectTracker@@UAEXHPAUtagRECT@@@Z
?Advise@XConnPt@CConnectionPoint@@UAGJPAUIUnknown@@PAK@Z
?Advise@XOleObject@CDocObjectServer@@UAGJPAUIAdviseSink@@PAK@Z
?Advise@XOleObject@COleControl@@UAGJPAUIAdviseSink@@PAK@Z
?Advise@XOleObject@COleServerDoc@@UAGJPAUIAdviseSink@@PAK@Z
?Advise@XOleObject@COleServerItem@@UAGJPAUIAdviseSink@@PAK@Z ?AfxA2WHelper@@YGPAGPAGPBDH@Z
?AfxAbort@@YGXXZ ?AfxAllocTaskAnsiString@@YGPADPBD@Z ?AfxAllocTaskAnsiString@@YGPADPBG@Z
?AfxAllocTaskWideString@@YGPAGPBD@Z ?AfxAllocTaskWideString@@YGPAGPBG@Z
?AfxBeginThread@@YGPAVCWinThread@@P6AIPAX@Z0HIKPAU_SECURITY_ATTRIBUTES@@@Z
?AfxBeginThread@@YGPAVCWinThread@@PAUCRuntimeClass@@HIKPAU_SECURITY_ATTRIBUTES@@@Z
?AfxBSTR2ABSTR@@YGPAGPAG@Z ?AfxBSTR2CString@@YGXPAVCString@@PAG@Z
?AfxCallWndProc@@YGJPAVCWnd@@PAUHWND__@@IIJ@Z ?AfxCancelModes@@YGXPAUHWND__@@@Z
?AfxComparePath@@YGHPBD0@Z ?AfxCompareValueByRef@@YGHPAX0H@Z
?AfxConnectionAdvise@@YGHPAUIUnknown@@ABU_GUID@@0HPAK@Z
?AfxConnectionUnadvise@@YGHPAUIUnknown@@ABU_GUID@@0HK@Z ?AfxCopyValueByRef@@YGXPAX0PAJH@Z
?AfxCoreInitModule@@YGXXZ ?AfxCreateDC@@YGPAUHDC__@@PAX0@Z ?AfxCriticalInit@@YGHXZ
?AfxCriticalNewHandler@@YAHI@Z ?AfxCriticalTerm@@YGXXZ ?AfxCustomLogFont@@YGHIPAUtagLOGFONTA@@@Z
?AfxDaoCheck@@YGXJPBD0HHH@Z ?AfxDaoGetEngine@@YGPAU_DAODBEngine@@XZ ?AfxDaoInit@@YGXXZ
?AfxDaoTerm@@YGXXZ ?afxData@@3UAUX_DATA@@A ?AfxDeleteObject@@YGXPAPAX@Z
?AfxDevModeA2W@@YGPAU_devicemodeW@@PAU1@PAU_devicemodeA@@@Z
?AfxDevModeW2A@@YGPAU_devicemodeA@@PAU1@PAU_devicemodeW@@@Z ?AfxDlgProc@@YGHPAUHWND__@@IIJ@Z
?AfxDllCanUnloadNow@@YGJXZ ?AfxDllGetClassObject@@YGJABU_GUID@@0PAPAX@Z
?AfxDynamicDownCast@@YAPAVCObject@@PAUCRuntimeClass@@PAV1@@Z
?AfxEnableControlContainer@@YAXPAVCOccManager@@@Z ?AfxEnableWin31Compatibility@@YGXXZ
?AfxEnableWin40Compatibility@@YGXXZ ?AfxEndDeferRegisterClass@@YGHJ@Z ?AfxEndThread@@YGXIH@Z
?AfxEnumMetaFileProc@@YGHPAUHDC__@@PAUtagHANDLETABLE@@PAUtagMETARECORD@@HJ@Z
?AfxExtractSubString@@YGHAAVCString@@PBDHD@Z ?AfxFailMaxChars@@YGXPAVCDataExchange@@H@Z
?AfxFailRadio@@YGXPAVCDataExchange@@@Z ?AfxFieldText@@YGHPAVCDataExchange@@HPAXPAVCDaoRecordset@@@Z
?AfxFieldText@@YGHPAVCDataExchange@@HPAXPAVCRecordset@@@Z
?AfxFindMessageEntry@@YGPBUAFX_MSGMAP_ENTRY@@PBU1@III@Z
?AfxFindResourceHandle@@YGPAUHINSTANCE__@@PBD0@Z ?AfxFormatString1@@YGXAAVCString@@IPBD@Z
?AfxFormatString2@@YGXAAVCString@@IPBD1@Z ?AfxFormatStrings@@YGXAAVCString@@IPBQBDH@Z
?AfxFormatStrings@@YGXAAVCString@@PBDPBQBDH@Z ?AfxFreeLibrary@@YGHPAUHINSTANCE__@@@Z
?AfxFullPath@@YGHPADPBD@Z ?AfxGetAfxWndProc@@YGP6GJPAUHWND__@@IIJ@ZXZ
?AfxGetAppModuleState@@YGPAVAFX_MODULE_STATE@@XZ ?AfxGetClassIDFromString@@YGJPBDPAU_GUID@@@Z
?AfxGetCtl3dState@@YGPAV_AFX_CTL3D_STATE@@XZ ?AfxGetDaoState@@YAPAV_AFX_DAO_STATE@@XZ
?AfxGetEmptyString@@YGABVCString@@XZ ?AfxGetFieldInfo@@YAXPAU_DAOField@@AAUCDaoFieldInfo@@K@Z
?AfxGetFileName@@YGIPBDPADI@Z ?AfxGetFileTitle@@YGIPBDPADI@Z
?AfxGetIndexFieldInfo@@YAXPAU_DAOIndex@@AAUCDaoIndexInfo@@@Z
?AfxGetIndexFields@@YAXPAU_DAOIndex@@PAPAUDAOIndexFields@@@Z
?AfxGetIndexInfo@@YAXPAU_DAOIndex@@AAUCDaoIndexInfo@@K@Z ?AfxGetInProcServer@@YGHPBDAAVCString@@@Z
?AfxGetInternetHandleType@@YGKPAX@Z ?AfxGetModuleShortFileName@@YGXPAUHINSTANCE__@@AAVCString@@@Z
?AfxGetModuleState@@YGPAVAFX_MODULE_STATE@@XZ
?AfxGetModuleThreadState@@YGPAVAFX_MODULE_THREAD_STATE@@XZ ?AfxGetNewHandler@@YGP6AHI@ZXZ
?AfxGetParentOwner@@YGPAUHWND__@@PAU1@@Z ?AfxGetPropSheetFont@@YGHAAVCString@@AAGH@Z
?AfxGetRichEditState@@YAPAV_AFX_RICHEDIT_STATE@@XZ ?AfxGetRoot@@YGXPBDAAVCString@@@Z
?AfxGetThread@@YGPAVCWinThread@@XZ ?AfxGetThreadState@@YGPAV_AFX_THREAD_STATE@@XZ
?AfxGetTypeLibCache@@YGPAVCTypeLibCache@@PBU_GUID@@@Z ?AfxGlobalFree@@YGXPAX@Z
?AfxHelpEnabled@@YGHXZ ?AfxHookWindowCreate@@YGXPAVCWnd@@@Z
?AfxINetLoad@@YGXPAP6GHXZPBD@Z=_AfxBinaryCompatibleStubFunction
?AfxInitExtensionModule@@YGHAAUAFX_EXTENSION_MODULE@@PAUHINSTANCE__@@@Z
?AfxInitLocalData@@YGXPAUHINSTANCE__@@@Z ?AfxInitThread@@YGXXZ
?AfxInternetStatusCallback@@YGXPAXKK0K@Z ?AfxIsDescendant@@YGHPAUHWND__@@0@Z
?AfxIsValidAddress@@YGHPBXIH@Z ?AfxIsValidString@@YGHPBDH@Z ?AfxIsValidString@@YGHPBGH@Z
?AfxLoadDll@@YGPAUHINSTANCE__@@RAPAU1@PBD@Z=_AfxBinaryCompatibleStubFunction
?AfxLoadDll@@YGPAUHINSTANCE__@@RAPAU1@PBDPAP6GHXZ1@Z=_AfxBinaryCompatibleStubFunction
?AfxLoadField@@YGXAAVCRecordset@@IPAXPAJ@Z ?AfxLoadLibrary@@YGPAUHINSTANCE__@@PBD@Z
?AfxLoadString@@YGHIPADI@Z ?AfxLoadSysColorBitmap@@YGPAUHBITMAP__@@PAUHINSTANCE__@@PAUHRSRC__@@H@Z
?AfxLockGlobals@@YGXH@Z ?AfxLockTempMaps@@YGXXZ ?AfxMergeMenus@@YGPAUHMENU__@@PAU1@0PAJHH@Z
?AfxMessageBox@@YGHIII@Z ?AfxMessageBox@@YGHPBDII@Z ?AfxNewHandler@@YAHI@Z ?AfxOleCanExitApp@@YGHXZ
?AfxOleGetUserCtrl@@YGHXZ ?AfxOleHookProc@@YGIPAUHWND__@@IIJ@Z ?AfxOleInit@@YGHXZ
?AfxOleLockApp@@YGXXZ ?AfxOleLockControl@@YGHABU_GUID@@@Z ?AfxOleLockControl@@YGHPBD@Z
?AfxOleOnReleaseAllObjects@@YGXXZ
?AfxOleRegisterControlClass@@YGHPAUHINSTANCE__@@ABU_GUID@@PBDIIHK1GG@Z
?AfxOleRegisterHelper@@YGHPBQBD0HHPAUHKEY__@@@Z
?AfxOleRegisterPropertyPageClass@@YGHPAUHINSTANCE__@@ABU_GUID@@I@Z
?AfxOleRegisterPropertyPageClass@@YGHPAUHINSTANCE__@@ABU_GUID@@IH@Z
?AfxOleRegisterServerClass@@YGHABU_GUID@@PBD11W4OLE_APPTYPE@@PAPBD3H1@Z
?AfxOleRegisterServerClassCompat@@YGHABU_GUID@@PBD11W4OLE_APPTYPE@@PAPBD3@Z
?AfxOleRegisterTypeLib@@YGHPAUHINSTANCE__@@ABU_GUID@@PBD2@Z
?AfxOleSetEditMenu@@YGXPAVCOleClientItem@@PAVCMenu@@IIII@Z ?AfxOleSetUserCtrl@@YGXH@Z
?AfxOleTerm@@YGXH@Z ?AfxOleTermOrFreeLib@@YGXHH@Z
?AfxOleTypeMatchGuid@@YGHPAUITypeInfo@@PAUtagTYPEDESC@@ABU_GUID@@K@Z ?AfxOleUnlockAllControls@@YGXXZ
?AfxOleUnlockApp@@YGXXZ ?AfxOleUnlockControl@@YGHABU_GUID@@@Z ?AfxOleUnlockControl@@YGHPBD@Z
?AfxOleUnregisterClass@@YGHABU_GUID@@PBD@Z ?AfxOleUnregisterTypeLib@@YGHABU_GUID@@GGK@Z
?AfxParseURL@@YGHPBDAAKAAVCString@@2AAG@Z ?AfxPostQuitMessage@@YGXH@Z
?AfxPropPageCallback@@YGIPAUHWND__@@IPAU_PROPSHEETPAGEA@@@Z
?AfxPropSheetCallback@@YGHPAUHWND__@@IJ@Z ?AfxRegisterClass@@YGHPAUtagWNDCLASSA@@@Z
?AfxRegisterWndClass@@YGPBDIPAUHICON__@@PAUHBRUSH__@@0@Z
?AfxRepositionWindow@@YGXPAUAFX_SIZEPARENTPARAMS@@PAUHWND__@@PBUtagRECT@@@Z ?AfxResetMsgCache@@YGXXZ
?AfxResolveShortcut@@YGHPAVCWnd@@PBDPADH@Z ?AfxRFXBulkDefault@@YGXPAVCFieldExchange@@PBDPAXPAJHI@Z
?AfxSafeArrayInit@@YGXPAVCOleSafeArray@@@Z ?AfxSetCurrentRecord@@YGXPAJJF@Z
?AfxSetFieldInfo@@YAXPAU_DAOField@@AAUCDaoFieldInfo@@@Z
?AfxSetIndexFieldInfo@@YAXPAU_DAOIndex@@AAUCDaoIndexInfo@@@Z
?AfxSetIndexInfo@@YAXPAU_DAOIndex@@AAUCDaoIndexInfo@@@Z
?AfxSetModuleState@@YGPAVAFX_MODULE_STATE@@PAV1@@Z ?AfxSetNewHandler@@YGP6AHI@ZP6AHI@Z@Z
?AfxSetRecordCount@@YGXPAJJJHF@Z ?AfxSetWindowText@@YGXPAUHWND__@@PBD@Z
?AfxSocketInit@@YGHPAUWSAData@@@Z ?AfxSocketTerm@@YGXXZ ?AfxStoreField@@YGXAAVCRecordset@@IPAX@Z
?AfxStringFromCLSID@@YG?AVCString@@ABU_GUID@@@Z ?AfxTaskStringA2W@@YGPAGPBD@Z
?AfxTaskStringW2A@@YGPADPBG@Z ?AfxTermExtensionModule@@YGXAAUAFX_EXTENSION_MODULE@@H@Z
?AfxTermLocalData@@YGXPAUHINSTANCE__@@H@Z ?AfxTermThread@@YGXPAUHINSTANCE__@@@Z
?AfxTextFloatFormat@@YGXPAVCDataExchange@@HPAXNH@Z
?AfxTextMetricA2W@@YGPAUtagTEXTMETRICW@@PAU1@PAUtagTEXTMETRICA@@@Z
?AfxTextMetricW2A@@YGPAUtagTEXTMETRICA@@PAU1@PAUtagTEXTMETRICW@@@Z
?AfxThrowArchiveException@@YGXHPBD@Z ?AfxThrowDaoException@@YGXHJ@Z
?AfxThrowDBException@@YGXFPAVCDatabase@@PAX@Z ?AfxThrowFileException@@YGXHJPBD@Z
?AfxThrowInternetException@@YGXKK@Z ?AfxThrowLastCleanup@@YGXXZ ?AfxThrowMemoryException@@YGXXZ
?AfxThrowNotSupportedException@@YGXXZ ?AfxThrowOleDispatchException@@YGXGII@Z
?AfxThrowOleDispatchException@@YGXGPBDI@Z ?AfxThrowOleException@@YGXJ@Z
?AfxThrowResourceException@@YGXXZ ?AfxThrowUserException@@YGXXZ
?AfxThunkaccept@@YGIIPAUsockaddr@@PAH@Z ?AfxThunkbind@@YGHIPBUsockaddr@@H@Z
?AfxThunkChooseColor@@YGHPAUtagCHOOSECOLORA@@@Z ?AfxThunkChooseFont@@YGHPAUtagCHOOSEFONTA@@@Z
?AfxThunkClosePrinter@@YGHPAX@Z ?AfxThunkclosesocket@@YGHI@Z
?AfxThunkCLSIDFromProgID@@YGJPBGPAU_GUID@@@Z ?AfxThunkCLSIDFromString@@YGJPAGPAU_GUID@@@Z
?AfxThunkCoCreateInstance@@YGJABU_GUID@@PAPAUIUnknown@@K0PAPAX@Z
?AfxThunkCoDisconnectObject@@YGJPAUIUnknown@@K@Z ?AfxThunkCoFreeUnusedLibraries@@YGXXZ
?AfxThunkCoGetClassObject@@YGJABU_GUID@@KPAX0PAPAX@Z ?AfxThunkCoGetMalloc@@YGJKPAPAUIMalloc@@@Z
?AfxThunkCoInitialize@@YGJPAX@Z ?AfxThunkCoLockObjectExternal@@YGJPAUIUnknown@@HH@Z
?AfxThunkCommDlgExtendedError@@YGKXZ ?AfxThunkconnect@@YGHIPBUsockaddr@@H@Z
?AfxThunkCoRegisterClassObject@@YGJABU_GUID@@PAUIUnknown@@KKPAK@Z
?AfxThunkCoRegisterMessageFilter@@YGJPAUIMessageFilter@@PAPAU1@@Z
?AfxThunkCoRevokeClassObject@@YGJK@Z ?AfxThunkCoTaskMemAlloc@@YGPAXK@Z
?AfxThunkCoTaskMemFree@@YGXPAX@Z ?AfxThunkCoTreatAsClass@@YGJABU_GUID@@0@Z
?AfxThunkCoUninitialize@@YGXXZ
?AfxThunkCreateAsyncBindCtx@@YGJKPAUIBindStatusCallback@@PAUIEnumFORMATETC@@PAPAUIBindCtx@@@Z
?AfxThunkCreateBindCtx@@YGJKPAPAUIBindCtx@@@Z
?AfxThunkCreateDataAdviseHolder@@YGJPAPAUIDataAdviseHolder@@@Z
?AfxThunkCreateDataCache@@YGJPAUIUnknown@@ABU_GUID@@1PAPAX@Z
?AfxThunkCreateFileMoniker@@YGJPBGPAPAUIMoniker@@@Z
?AfxThunkCreateGenericComposite@@YGJPAUIMoniker@@0PAPAU1@@Z
?AfxThunkCreateILockBytesOnHGlobal@@YGJPAXHPAPAUILockBytes@@@Z
?AfxThunkCreateItemMoniker@@YGJPBG0PAPAUIMoniker@@@Z
?AfxThunkCreateMappedBitmap@@YGPAUHBITMAP__@@PAUHINSTANCE__@@HIPAU_COLORMAP@@H@Z
?AfxThunkCreateOleAdviseHolder@@YGJPAPAUIOleAdviseHolder@@@Z
?AfxThunkCreatePropertySheetPage@@YGPAU_PSP@@PBU_PROPSHEETPAGEA@@@Z
?AfxThunkCreateStreamOnHGlobal@@YGJPAXHPAPAUIStream@@@Z
?AfxThunkCreateURLMoniker@@YGJPAUIMoniker@@PBGPAPAU1@@Z
?AfxThunkDestroyPropertySheetPage@@YGHPAU_PSP@@@Z
?AfxThunkDocumentProperties@@YGJPAUHWND__@@PAXPADPAU_devicemodeA@@3K@Z
?AfxThunkDoDragDrop@@YGJPAUIDataObject@@PAUIDropSource@@KPAK@Z
?AfxThunkDosDateTimeToVariantTime@@YGHGGPAN@Z ?AfxThunkDragAcceptFiles@@YGXPAUHWND__@@H@Z
?AfxThunkDragFinish@@YGXPAUHDROP__@@@Z ?AfxThunkDragQueryFile@@YGIPAUHDROP__@@IPADI@Z
?AfxThunkExtractIcon@@YGPAUHICON__@@PAUHINSTANCE__@@PBDI@Z
?AfxThunkFindText@@YGPAUHWND__@@PAUtagFINDREPLACEA@@@Z ?AfxThunkGetFileSecurity@@YGHPBDKPAXKPAK@Z
?AfxThunkGetFileTitle@@YGFPBDPADG@Z ?AfxThunkGetHGlobalFromILockBytes@@YGJPAUILockBytes@@PAPAX@Z
?AfxThunkgethostbyname@@YGPAUhostent@@PBD@Z ?AfxThunkGetOpenFileName@@YGHPAUtagOFNA@@@Z
?AfxThunkgetpeername@@YGHIPAUsockaddr@@PAH@Z
?AfxThunkGetRunningObjectTable@@YGJKPAPAUIRunningObjectTable@@@Z
?AfxThunkGetSaveFileName@@YGHPAUtagOFNA@@@Z ?AfxThunkgetsockname@@YGHIPAUsockaddr@@PAH@Z
?AfxThunkgetsockopt@@YGHIHHPADPAH@Z ?AfxThunkhtonl@@YGKK@Z ?AfxThunkhtons@@YGGG@Z
?AfxThunkImageList_Add@@YGHPAU_IMAGELIST@@PAUHBITMAP__@@1@Z
?AfxThunkImageList_AddMasked@@YGHPAU_IMAGELIST@@PAUHBITMAP__@@K@Z
?AfxThunkImageList_BeginDrag@@YGHPAU_IMAGELIST@@HHH@Z
?AfxThunkImageList_Create@@YGPAU_IMAGELIST@@HHIHH@Z ?AfxThunkImageList_Destroy@@YGHPAU_IMAGELIST@@@Z
?AfxThunkImageList_DragEnter@@YGHPAUHWND__@@HH@Z ?AfxThunkImageList_DragLeave@@YGHPAUHWND__@@@Z
?AfxThunkImageList_DragMove@@YGHHH@Z ?AfxThunkImageList_DragShowNolock@@YGHH@Z
?AfxThunkImageList_Draw@@YGHPAU_IMAGELIST@@HPAUHDC__@@HHI@Z ?AfxThunkImageList_EndDrag@@YGXXZ
?AfxThunkImageList_GetBkColor@@YGKPAU_IMAGELIST@@@Z
?AfxThunkImageList_GetDragImage@@YGPAU_IMAGELIST@@PAUtagPOINT@@0@Z
?AfxThunkImageList_GetIcon@@YGPAUHICON__@@PAU_IMAGELIST@@HI@Z
?AfxThunkImageList_GetImageCount@@YGHPAU_IMAGELIST@@@Z
?AfxThunkImageList_GetImageInfo@@YGHPAU_IMAGELIST@@HPAU_IMAGEINFO@@@Z
?AfxThunkImageList_LoadImage@@YGPAU_IMAGELIST@@PAUHINSTANCE__@@PBDHHKII@Z
?AfxThunkImageList_Merge@@YGPAU_IMAGELIST@@PAU1@H0HHH@Z
?AfxThunkImageList_Read@@YGPAU_IMAGELIST@@PAUIStream@@@Z
?AfxThunkImageList_Remove@@YGHPAU_IMAGELIST@@H@Z
?AfxThunkImageList_Replace@@YGHPAU_IMAGELIST@@HPAUHBITMAP__@@1@Z
?AfxThunkImageList_ReplaceIcon@@YGHPAU_IMAGELIST@@HPAUHICON__@@@Z
?AfxThunkImageList_SetBkColor@@YGKPAU_IMAGELIST@@K@Z
?AfxThunkImageList_SetDragCursorImage@@YGHPAU_IMAGELIST@@HHH@Z
?AfxThunkImageList_SetOverlayImage@@YGHPAU_IMAGELIST@@HH@Z
?AfxThunkImageList_Write@@YGHPAU_IMAGELIST@@PAUIStream@@@Z ?AfxThunkinet_addr@@YGKPBD@Z
?AfxThunkinet_ntoa@@YGPADUin_addr@@@Z ?AfxThunkINetFtpCommand@@YGHPAXHKPBDK@Z
?AfxThunkINetFtpCreateDirectory@@YGHPAXPBD@Z ?AfxThunkINetFtpDeleteFile@@YGHPAXPBD@Z
?AfxThunkINetFtpFindFirstFile@@YGPAXPAXPBDPAU_WIN32_FIND_DATAA@@KK@Z
?AfxThunkINetFtpGetCurrentDirectory@@YGHPAXPBDPAK@Z ?AfxThunkINetFtpGetFile@@YGHPAXPBD1HKKK@Z
?AfxThunkINetFtpOpenFile@@YGPAXPAXPBDKKK@Z ?AfxThunkINetFtpPutFile@@YGHPAXPBD1KK@Z
?AfxThunkINetFtpRemoveDirectory@@YGHPAXPBD@Z ?AfxThunkINetFtpRenameFile@@YGHPAXPBD1@Z
?AfxThunkINetFtpSetCurrentDirectory@@YGHPAXPBD@Z
?AfxThunkINetGopherCreateLocator@@YGHPBDG00KPADPAK@Z
?AfxThunkINetGopherFindFirstFile@@YGPAXPAXPBD1PAUGOPHER_FIND_DATAA@@KK@Z
?AfxThunkINetGopherGetAttribute@@YGHPAXPBD1PAEKPAKP6GHPAUGOPHER_ATTRIBUTE_TYPE@@K@ZK@Z
?AfxThunkINetGopherGetLocatorType@@YGHPBDPAK@Z ?AfxThunkINetGopherOpenFile@@YGPAXPAXPBD1KK@Z
?AfxThunkINetHttpAddRequestHeaders@@YGHPAXPBDKK@Z
?AfxThunkINetHttpOpenRequest@@YGPAXPAXPBD111PAPBDKK@Z ?AfxThunkINetHttpQueryInfo@@YGHPAXK0PAK1@Z
?AfxThunkINetHttpSendRequest@@YGHPAXPBDK0K@Z ?AfxThunkINetInternetCloseHandle@@YGPAXPAX@Z
?AfxThunkINetInternetConnect@@YGPAXPAXPBDG11KKK@Z
?AfxThunkINetInternetErrorDlg@@YGKPAUHWND__@@PAXKKPAPAX@Z
?AfxThunkINetInternetFindNextFile@@YGHPAX0@Z ?AfxThunkINetInternetGetLastResponseInfo@@YGHPAKPAD0@Z
?AfxThunkINetInternetOpen@@YGPAXPBDK00K@Z ?AfxThunkINetInternetOpenUrl@@YGPAXPAXPBD1KKK@Z
?AfxThunkINetInternetQueryDataAvailable@@YGHPAXPAKKK@Z
?AfxThunkINetInternetQueryOption@@YGHPAXK0PAK@Z ?AfxThunkINetInternetReadFile@@YGPAXPAX0KPAK@Z
?AfxThunkINetInternetSetFilePointer@@YGKPAXJ0KK@Z ?AfxThunkINetInternetSetOption@@YGHPAXK0K@Z
?AfxThunkINetInternetSetOptionEx@@YGHPAXK0KK@Z
?AfxThunkINetInternetSetStatusCallback@@YGP6GXPAXKK0K@Z0P6GX0KK0K@Z@Z
?AfxThunkINetInternetWriteFile@@YGPAXPAXPBXKPAK@Z ?AfxThunkInitCommonControls@@YGXXZ
?AfxThunkioctlsocket@@YGHIJPAK@Z ?AfxThunkIsAccelerator@@YGHPAUHACCEL__@@HPAUtagMSG@@PAG@Z
?AfxThunkIsAsyncMoniker@@YGJPAUIMoniker@@@Z ?AfxThunkLBItemFromPt@@YGHPAUHWND__@@UtagPOINT@@H@Z
?AfxThunklisten@@YGHIH@Z ?AfxThunkLoadRegTypeLib@@YGJABU_GUID@@GGKPAPAUITypeLib@@@Z
?AfxThunkLoadTypeLib@@YGJPBGPAPAUITypeLib@@@Z ?AfxThunkMakeDragList@@YGHPAUHWND__@@@Z
?AfxThunkntohs@@YGGG@Z
?AfxThunkOleCreate@@YGJABU_GUID@@0KPAUtagFORMATETC@@PAUIOleClientSite@@PAUIStorage@@PAPAX@Z
?AfxThunkOleCreateDefaultHandler@@YGJABU_GUID@@PAUIUnknown@@0PAPAX@Z
?AfxThunkOleCreateFromData@@YGJPAUIDataObject@@ABU_GUID@@KPAUtagFORMATETC@@PAUIOleClientSite@@PAUIStorage@@PAPAX@Z
?AfxThunkOleCreateFromFile@@YGJABU_GUID@@PBG0KPAUtagFORMATETC@@PAUIOleClientSite@@PAUIStorage@@PAPAX@Z
?AfxThunkOleCreateLinkFromData@@YGJPAUIDataObject@@ABU_GUID@@KPAUtagFORMATETC@@PAUIOleClientSite@@PAUIStorage@@PAPAX@Z
?AfxThunkOleCreateLinkToFile@@YGJPBGABU_GUID@@KPAUtagFORMATETC@@PAUIOleClientSite@@PAUIStorage@@PAPAX@Z
?AfxThunkOleCreateMenuDescriptor@@YGPAXPAUHMENU__@@PAUtagOleMenuGroupWidths@@@Z
?AfxThunkOleCreateStaticFromData@@YGJPAUIDataObject@@ABU_GUID@@KPAUtagFORMATETC@@PAUIOleClientSite@@PAUIStorage@@PAPAX@Z
?AfxThunkOleDestroyMenuDescriptor@@YGJPAX@Z ?AfxThunkOleDuplicateData@@YGPAXPAXGI@Z
?AfxThunkOleFlushClipboard@@YGJXZ ?AfxThunkOleGetAutoConvert@@YGJABU_GUID@@PAU1@@Z
?AfxThunkOleGetClipboard@@YGJPAPAUIDataObject@@@Z ?AfxThunkOleGetIconOfClass@@YGPAXABU_GUID@@PAGH@Z
?AfxThunkOleInitialize@@YGJPAX@Z ?AfxThunkOleIsCurrentClipboard@@YGJPAUIDataObject@@@Z
?AfxThunkOleIsRunning@@YGHPAUIOleObject@@@Z
?AfxThunkOleLoad@@YGJPAUIStorage@@ABU_GUID@@PAUIOleClientSite@@PAPAX@Z
?AfxThunkOleLoadFromStream@@YGJPAUIStream@@ABU_GUID@@PAPAX@Z
?AfxThunkOleLockRunning@@YGJPAUIUnknown@@HH@Z ?AfxThunkOleQueryCreateFromData@@YGJPAUIDataObject@@@Z
?AfxThunkOleQueryLinkFromData@@YGJPAUIDataObject@@@Z
?AfxThunkOleRegEnumVerbs@@YGJABU_GUID@@PAPAUIEnumOLEVERB@@@Z
?AfxThunkOleRegGetMiscStatus@@YGJABU_GUID@@KPAK@Z ?AfxThunkOleRegGetUserType@@YGJABU_GUID@@KPAPAG@Z
?AfxThunkOleRun@@YGJPAUIUnknown@@@Z ?AfxThunkOleSave@@YGJPAUIPersistStorage@@PAUIStorage@@H@Z
?AfxThunkOleSaveToStream@@YGJPAUIPersistStream@@PAUIStream@@@Z
?AfxThunkOleSetClipboard@@YGJPAUIDataObject@@@Z ?AfxThunkOleSetContainedObject@@YGJPAUIUnknown@@H@Z
?AfxThunkOleSetMenuDescriptor@@YGJPAXPAUHWND__@@1PAUIOleInPlaceFrame@@PAUIOleInPlaceActiveObject@@@Z
?AfxThunkOleTranslateAccelerator@@YGJPAUIOleInPlaceFrame@@PAUtagOIFI@@PAUtagMSG@@@Z
?AfxThunkOleUIAddVerbMenu@@YGHPAUIOleObject@@PBDPAUHMENU__@@IIIHIPAPAU2@@Z
?AfxThunkOleUIBusy@@YGIPAUtagOLEUIBUSYA@@@Z ?AfxThunkOleUIChangeIcon@@YGIPAUtagOLEUICHANGEICONA@@@Z
?AfxThunkOleUIChangeSource@@YGIPAUtagOLEUICHANGESOURCEA@@@Z
?AfxThunkOleUIConvert@@YGIPAUtagOLEUICONVERTA@@@Z
?AfxThunkOleUIEditLinks@@YGIPAUtagOLEUIEDITLINKSA@@@Z
?AfxThunkOleUIInsertObject@@YGIPAUtagOLEUIINSERTOBJECTA@@@Z
?AfxThunkOleUIObjectProperties@@YGIPAUtagOLEUIOBJECTPROPSA@@@Z
?AfxThunkOleUIPasteSpecial@@YGIPAUtagOLEUIPASTESPECIALA@@@Z
?AfxThunkOleUIUpdateLinks@@YGHPAUIOleUILinkContainerA@@PAUHWND__@@PADH@Z
?AfxThunkOleUninitialize@@YGXXZ ?AfxThunkOpenPrinter@@YGHPADPAPAXPAU_PRINTER_DEFAULTSA@@@Z
?AfxThunkPageSetupDlg@@YGHPAUtagPSDA@@@Z ?AfxThunkPrintDlg@@YGHPAUtagPDA@@@Z
?AfxThunkPropertySheet@@YGHPBU_PROPSHEETHEADERA@@@Z
?AfxThunkReadClassStg@@YGJPAUIStorage@@PAU_GUID@@@Z
?AfxThunkReadClassStm@@YGJPAUIStream@@PAU_GUID@@@Z
?AfxThunkReadFmtUserTypeStg@@YGJPAUIStorage@@PAGPAPAG@Z ?AfxThunkrecv@@YGHIPADHH@Z
?AfxThunkrecvfrom@@YGHIPADHHPAUsockaddr@@PAH@Z ?AfxThunkRegCloseKey@@YGJPAUHKEY__@@@Z
?AfxThunkRegCreateKey@@YGJPAUHKEY__@@PBDPAPAU1@@Z
?AfxThunkRegCreateKeyEx@@YGJPAUHKEY__@@PBDKPADKKPAU_SECURITY_ATTRIBUTES@@PAPAU1@PAK@Z
?AfxThunkRegDeleteKey@@YGJPAUHKEY__@@PBD@Z ?AfxThunkRegDeleteValue@@YGJPAUHKEY__@@PBD@Z
?AfxThunkRegEnumKey@@YGJPAUHKEY__@@KPADK@Z
?AfxThunkRegisterBindStatusCallback@@YGJPAUIBindCtx@@PAUIBindStatusCallback@@PAPAU2@K@Z
?AfxThunkRegisterDragDrop@@YGJPAUHWND__@@PAUIDropTarget@@@Z
?AfxThunkRegisterTypeLib@@YGJPAUITypeLib@@PAG1@Z ?AfxThunkRegOpenKey@@YGJPAUHKEY__@@PBDPAPAU1@@Z
?AfxThunkRegOpenKeyEx@@YGJPAUHKEY__@@PBDKKPAPAU1@@Z
?AfxThunkRegQueryValue@@YGJPAUHKEY__@@PBDPADPAJ@Z
?AfxThunkRegQueryValueEx@@YGJPAUHKEY__@@PBDPAK2PAE2@Z ?AfxThunkRegSetValue@@YGJPAUHKEY__@@PBDK1K@Z
?AfxThunkRegSetValueEx@@YGJPAUHKEY__@@PBDKKPBEK@Z ?AfxThunkReleaseStgMedium@@YGXPAUtagSTGMEDIUM@@@Z
?AfxThunkReplaceText@@YGPAUHWND__@@PAUtagFINDREPLACEA@@@Z
?AfxThunkRevokeBindStatusCallback@@YGJPAUIBindCtx@@PAUIBindStatusCallback@@@Z
?AfxThunkRevokeDragDrop@@YGJPAUHWND__@@@Z ?AfxThunkSafeArrayAccessData@@YGJPAUtagSAFEARRAY@@PAPAX@Z
?AfxThunkSafeArrayAllocData@@YGJPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayAllocDescriptor@@YGJIPAPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayCopy@@YGJPAUtagSAFEARRAY@@PAPAU1@@Z
?AfxThunkSafeArrayCreate@@YGPAUtagSAFEARRAY@@GIPAUtagSAFEARRAYBOUND@@@Z
?AfxThunkSafeArrayDestroy@@YGJPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayDestroyData@@YGJPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayDestroyDescriptor@@YGJPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayGetDim@@YGIPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayGetElement@@YGJPAUtagSAFEARRAY@@PAJPAX@Z
?AfxThunkSafeArrayGetElemsize@@YGIPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayGetLBound@@YGJPAUtagSAFEARRAY@@IPAJ@Z
?AfxThunkSafeArrayGetUBound@@YGJPAUtagSAFEARRAY@@IPAJ@Z
?AfxThunkSafeArrayLock@@YGJPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayPtrOfIndex@@YGJPAUtagSAFEARRAY@@PAJPAPAX@Z
?AfxThunkSafeArrayPutElement@@YGJPAUtagSAFEARRAY@@PAJPAX@Z
?AfxThunkSafeArrayRedim@@YGJPAUtagSAFEARRAY@@PAUtagSAFEARRAYBOUND@@@Z
?AfxThunkSafeArrayUnaccessData@@YGJPAUtagSAFEARRAY@@@Z
?AfxThunkSafeArrayUnlock@@YGJPAUtagSAFEARRAY@@@Z ?AfxThunksend@@YGHIPBDHH@Z
?AfxThunksendto@@YGHIPBDHHPBUsockaddr@@H@Z ?AfxThunkSetConvertStg@@YGJPAUIStorage@@H@Z
?AfxThunkSetFileSecurity@@YGHPBDKPAX@Z ?AfxThunksetsockopt@@YGHIHHPBDH@Z
?AfxThunkSHGetFileInfo@@YGKPBDKPAU_SHFILEINFOA@@II@Z ?AfxThunkshutdown@@YGHIH@Z
?AfxThunksocket@@YGIHHH@Z ?AfxThunkSQLAllocConnect@@YGFPAXPAPAX@Z ?AfxThunkSQLAllocEnv@@YGFPAPAX@Z
?AfxThunkSQLAllocStmt@@YGFPAXPAPAX@Z ?AfxThunkSQLBindCol@@YGFPAXGF0JPAJ@Z
?AfxThunkSQLBindParameter@@YGFPAXGFFFKF0JPAJ@Z ?AfxThunkSQLCancel@@YGFPAX@Z
?AfxThunkSQLDescribeCol@@YGFPAXGPAEFPAF2PAK22@Z ?AfxThunkSQLDisconnect@@YGFPAX@Z
?AfxThunkSQLDriverConnect@@YGFPAXPAUHWND__@@PAEF2FPAFG@Z ?AfxThunkSQLError@@YGFPAX00PAEPAJ1FPAF@Z
?AfxThunkSQLExecDirect@@YGFPAXPAEJ@Z ?AfxThunkSQLExecute@@YGFPAX@Z
?AfxThunkSQLExtendedFetch@@YGFPAXGJPAKPAG@Z ?AfxThunkSQLFetch@@YGFPAX@Z
?AfxThunkSQLFreeConnect@@YGFPAX@Z ?AfxThunkSQLFreeEnv@@YGFPAX@Z ?AfxThunkSQLFreeStmt@@YGFPAXG@Z
?AfxThunkSQLGetCursorName@@YGFPAXPAEFPAF@Z ?AfxThunkSQLGetData@@YGFPAXGF0JPAJ@Z
?AfxThunkSQLGetFunctions@@YGFPAXGPAG@Z ?AfxThunkSQLGetInfo@@YGFPAXG0FPAF@Z
?AfxThunkSQLGetStmtOption@@YGFPAXG0@Z ?AfxThunkSQLMoreResults@@YGFPAX@Z
?AfxThunkSQLNumParams@@YGFPAXPAF@Z ?AfxThunkSQLNumResultCols@@YGFPAXPAF@Z
?AfxThunkSQLParamData@@YGFPAXPAPAX@Z ?AfxThunkSQLPrepare@@YGFPAXPAEJ@Z
?AfxThunkSQLPutData@@YGFPAX0J@Z ?AfxThunkSQLRowCount@@YGFPAXPAJ@Z
?AfxThunkSQLSetConnectOption@@YGFPAXGK@Z ?AfxThunkSQLSetPos@@YGFPAXGGG@Z
?AfxThunkSQLSetStmtOption@@YGFPAXGK@Z ?AfxThunkSQLTransact@@YGFPAX0G@Z
?AfxThunkStgCreateDocfile@@YGJPBGKKPAPAUIStorage@@@Z
?AfxThunkStgCreateDocfileOnILockBytes@@YGJPAUILockBytes@@KKPAPAUIStorage@@@Z
?AfxThunkStgIsStorageFile@@YGJPBG@Z ?AfxThunkStgIsStorageILockBytes@@YGJPAUILockBytes@@@Z
?AfxThunkStgOpenStorage@@YGJPBGPAUIStorage@@KPAPAGKPAPAU1@@Z
?AfxThunkStgOpenStorageOnILockBytes@@YGJPAUILockBytes@@PAUIStorage@@KPAPAGKPAPAU2@@Z
?AfxThunkStringFromCLSID@@YGJABU_GUID@@PAPAG@Z ?AfxThunkStringFromGUID2@@YGHABU_GUID@@PAGH@Z
?AfxThunkSysAllocString@@YGPAGPBG@Z ?AfxThunkSysAllocStringByteLen@@YGPAGPBDI@Z
?AfxThunkSysAllocStringLen@@YGPAGPBGI@Z ?AfxThunkSysFreeString@@YGXPAG@Z
?AfxThunkSysReAllocStringLen@@YGHPAPAGPBGI@Z ?AfxThunkSysStringByteLen@@YGIPAG@Z
?AfxThunkSysStringLen@@YGIPAG@Z ?AfxThunkVarBstrFromCy@@YGJTtagCY@@KKPAPAG@Z
?AfxThunkVarBstrFromDate@@YGJNKKPAPAG@Z ?AfxThunkVarCyFromStr@@YGJPAGKKPATtagCY@@@Z
?AfxThunkVarDateFromStr@@YGJPAGKKPAN@Z ?AfxThunkVariantChangeType@@YGJPAUtagVARIANT@@0GG@Z
?AfxThunkVariantClear@@YGJPAUtagVARIANT@@@Z ?AfxThunkVariantCopy@@YGJPAUtagVARIANT@@0@Z
?AfxThunkWriteClassStg@@YGJPAUIStorage@@ABU_GUID@@@Z
?AfxThunkWriteClassStm@@YGJPAUIStream@@ABU_GUID@@@Z
?AfxThunkWriteFmtUserTypeStg@@YGJPAUIStorage@@GPAG@Z ?AfxThunkWSAAsyncSelect@@YGHIPAUHWND__@@IJ@Z
?AfxThunkWSACleanup@@YGHXZ ?AfxThunkWSAGetLastError@@YGHXZ ?AfxThunkWSASetLastError@@YGXH@Z
?AfxThunkWSAStartup@@YGHGPAUWSAData@@@Z ?AfxTimeToFileTime@@YAXABVCTime@@PAU_FILETIME@@@Z
?AfxTlsAddRef@@YGXXZ ?AfxTlsRelease@@YGXXZ ?AfxTryCleanup@@YGXXZ ?AfxUnhookWindowCreate@@YGHXZ
?AfxUnlockGlobals@@YGXH@Z ?AfxUnlockTempMaps@@YGHH@Z ?AfxUnmergeMenus@@YGXPAUHMENU__@@00@Z
?AfxVariantInit@@YGXPAUtagVARIANT@@@Z ?AfxVerifyLicFile@@YGHPAUHINSTANCE__@@PBDPBGI@Z
?AfxW2AHelper@@YGPADPADPBGH@Z ?AfxWinInit@@YGHPAUHINSTANCE__@@0PADH@Z
?AfxWinMain@@YGHPAUHINSTANCE__@@0PADH@Z ?AfxWinTerm@@YGXXZ ?AfxWndProc@@YGJPAUHWND__@@IIJ@Z
?AfxWndProcBase@@YGJPAUHWND__@@IIJ@Z ?AfxWndProcDllOle@@YGJPAUHWND__@@IIJ@Z
?Alloc@CMemFile@@MAEPAEK@Z ?Alloc@CSharedFile@@MAEPAEK@Z ?AllocAndCacheFieldInfo@CRecordset@@IAEXXZ
?AllocBeforeWrite@CString@@IAEXH@Z ?AllocBuffer@CString@@IAEXH@Z ?AllocCache@CDaoRecordset@@IAEXXZ
?AllocCacheValue@CDaoFieldExchange@@SGXAAPAUCDaoFieldCache@@K@Z ?AllocConnect@CDatabase@@IAEXK@Z
?AllocCopy@CString@@IBEXAAV1@HHH@Z ?AllocData@COleSafeArray@@QAEXXZ
?AllocDatabase@CDaoRecordset@@IAEXXZ ?AllocDataCache@CRecordset@@QAEXXZ
?AllocDescriptor@COleSafeArray@@QAEXK@Z ?AllocElements@CControlBar@@QAEHHH@Z
?AllocElements@CStatusBar@@QAEHHH@Z ?AllocHstmt@CRecordset@@IAEHXZ
?AllocLongBinary@@YAXAAVCLongBinary@@K@Z ?AllocRowset@CRecordset@@IAEXXZ
?AllocSlot@CThreadSlotData@@QAEHXZ ?AllocStatusArrays@CRecordset@@QAEXXZ
?AllocSysString@CString@@QBEPAGXZ ?AllocValue@CProperty@@AAEPAXK@Z
?AmbientAppearance@COleControl@@QAEFXZ ?AmbientBackColor@COleControl@@QAEKXZ
?AmbientDisplayName@COleControl@@QAE?AVCString@@XZ ?AmbientFont@COleControl@@QAEPAUIFontDisp@@XZ
?AmbientForeColor@COleControl@@QAEKXZ ?AmbientLocaleID@COleControl@@QAEKXZ
?AmbientScaleUnits@COleControl@@QAE?AVCString@@XZ ?AmbientShowGrabHandles@COleControl@@QAEHXZ
?AmbientShowHatching@COleControl@@QAEHXZ ?AmbientTextAlign@COleControl@@QAEFXZ
?AmbientUIDead@COleControl@@QAEHXZ ?AmbientUserMode@COleControl@@QAEHXZ
?Append@CByteArray@@QAEHABV1@@Z ?Append@CDaoQueryDef@@UAEXXZ ?Append@CDaoTableDef@@UAEXXZ
?Append@CDaoWorkspace@@UAEXXZ ?Append@CDWordArray@@QAEHABV1@@Z ?Append@CObArray@@QAEHABV1@@Z
?Append@CPtrArray@@QAEHABV1@@Z ?Append@CStringArray@@QAEHABV1@@Z ?Append@CUIntArray@@QAEHABV1@@Z
?Append@CWordArray@@QAEHABV1@@Z ?AppendFilterAndSortSQL@CRecordset@@IAEXXZ
?AppendNames@CRecordset@@QAEIPAVCString@@PBD@Z
?AppendNamesValues@CRecordset@@QAEIPAXPAVCString@@PBD@Z
?AppendParamType@CDaoFieldExchange@@SGXAAVCString@@K@Z
?AppendValues@CRecordset@@QAEIPAXPAVCString@@PBD@Z ?Apply@XPropertyPage@COlePropertyPage@@UAGJXZ
?ApplyPrintDevice@COleDocument@@QAEHPBUtagDVTARGETDEVICE@@@Z
?ApplyPrintDevice@COleDocument@@QAEHPBUtagPDA@@@Z
?ApplyViewState@XOleDocumentView@CDocObjectServer@@UAGJPAUIStream@@@Z ?ArcTo@CDC@@QAEHHHHHHHHH@Z
?AssertValid@CObject@@UBEXXZ ?AssignCopy@CString@@IAEXHPBD@Z
?AssignInstance@CThreadSlotData@@QAEXPAUHINSTANCE__@@@Z ?AsyncSelect@CAsyncSocket@@QAEHJ@Z
?Attach@CAsyncSocket@@QAEHIJ@Z ?Attach@CDC@@QAEHPAUHDC__@@@Z ?Attach@CGdiObject@@QAEHPAX@Z
?Attach@CImageList@@QAEHPAU_IMAGELIST@@@Z ?Attach@CMemFile@@QAEXPAEII@Z
?Attach@CMenu@@QAEHPAUHMENU__@@@Z
?Attach@CMonikerFile@@IAEHPAUIMoniker@@PAUIBindHost@@PAUIBindStatusCallback@@PAUIBindCtx@@PAVCFileException@@@Z
?Attach@CMonikerFile@@IAEHPBDPAUIBindHost@@PAUIBindStatusCallback@@PAUIBindCtx@@PAVCFileException@@@Z
?Attach@COleDataObject@@QAEXPAUIDataObject@@H@Z ?Attach@COleSafeArray@@QAEXAAUtagVARIANT@@@Z
?Attach@COleStreamFile@@QAEXPAUIStream@@@Z ?Attach@COleVariant@@QAEXAAUtagVARIANT@@@Z
?Attach@CWnd@@QAEHPAUHWND__@@@Z ?AttachClipboard@COleDataObject@@QAEHXZ
?AttachControlSite@CWnd@@IAEXPAVCHandleMap@@@Z ?AttachControlSite@CWnd@@QAEXPAV1@@Z
?AttachDataObject@COleClientItem@@QBEXAAVCOleDataObject@@@Z
?AttachDispatch@COleDispatchDriver@@QAEXPAUIDispatch@@H@Z ?AttachHandle@CAsyncSocket@@SGXIPAV1@H@Z
?AttachOnSetup@CPrintDialog@@MAEPAV1@XZ ?AttachWindow@COleControlSite@@IAEXXZ
?AutoLoad@CBitmapButton@@QAEHIPAVCWnd@@@Z ?AuxQueueAdd@CSocket@@KGXIIJ@Z
?BeginBusyState@COleMessageFilter@@UAEXXZ ?BeginDrag@CDragListBox@@UAEHVCPoint@@@Z
?BeginEnumFormats@COleDataObject@@QAEXXZ ?BeginModalState@CFrameWnd@@UAEXXZ
?BeginModalState@CWnd@@UAEXXZ ?BeginTrans@CDaoWorkspace@@QAEXXZ ?BeginTrans@CDatabase@@QAEHXZ
?BeginWaitCursor@CCmdTarget@@QAEXXZ ?Bind@CAsyncSocket@@QAEHIPBD@Z
?BindColumns@CDataSourceControl@@UAEXXZ ?BindControls@COccManager@@IAEXPAVCWnd@@@Z
?BindDefaultProperty@COleControlSite@@UAEXJGPBDPAVCWnd@@@Z
?BindDefaultProperty@CWnd@@QAEXJGPBDPAV1@@Z ?BindFields@CDaoRecordset@@IAEXXZ
?BindFieldsForUpdate@CRecordset@@QAEXXZ ?BindFieldsToColumns@CRecordset@@QAEIXZ
?BindParameters@CDaoRecordset@@IAEXXZ ?BindParameters@CDatabase@@UAEXPAX@Z
?BindParams@CRecordset@@QAEIPAX@Z ?BindProp@CDataSourceControl@@UAEXPAVCDataBoundProperty@@H@Z
?BindProp@CDataSourceControl@@UAEXPAVCOleControlSite@@H@Z
?BindProperty@COleControlSite@@UAEXJPAVCWnd@@@Z ?BindProperty@CWnd@@QAEXJPAV1@@Z
?BoundPropertyChanged@COleControl@@QAEXJ@Z ?BoundPropertyRequestEdit@COleControl@@QAEHJ@Z
?BringToTop@CFrameWnd@@IAEXH@Z ?BuildErrorString@CDBException@@UAEXPAVCDatabase@@PAXH@Z
?BuildParameterList@CDaoRecordset@@IAEXXZ ?BuildPropPageArray@CPropertySheet@@UAEXXZ
?BuildSelectList@CDaoRecordset@@IAEXXZ ?BuildSelectSQL@CRecordset@@IAEXXZ
?BuildSharedMenu@COleControl@@MAEHXZ ?BuildSharedMenu@COleDocIPFrameWnd@@MAEHXZ
?BuildSharedMenu@COleIPFrameWnd@@MAEHXZ ?BuildSQL@CDaoRecordset@@IAEXXZ
?BuildSQL@CRecordset@@IAEXPBD@Z ?BuildUpdateSQL@CRecordset@@IAEXXZ
?ButtonDblClk@COleControl@@IAEXGIVCPoint@@@Z ?ButtonDown@COleControl@@IAEXGIVCPoint@@@Z
?ButtonUp@COleControl@@IAEXGIVCPoint@@@Z ?Cache@_AFXCTL_AMBIENT_CACHE@@QAEXPAUtagQACONTAINER@@@Z
?Cache@CTypeLibCache@@QAEXKPAUITypeLib@@@Z ?Cache@XOleCache@COleControl@@UAGJPAUtagFORMATETC@@KPAK@Z
?CacheData@COleDataSource@@QAEXGPAUtagSTGMEDIUM@@PAUtagFORMATETC@@@Z
?CacheGlobalData@COleDataSource@@QAEXGPAXPAUtagFORMATETC@@@Z
?CacheTypeInfo@CTypeLibCache@@QAEXKABU_GUID@@PAUITypeInfo@@@Z
?CalcBorders@CMiniFrameWnd@@SGXPAUtagRECT@@KK@Z ?CalcDynamicLayout@CControlBar@@UAE?AVCSize@@HK@Z
?CalcDynamicLayout@CToolBar@@UAE?AVCSize@@HK@Z ?CalcFixedLayout@CControlBar@@UAE?AVCSize@@HH@Z
?CalcFixedLayout@CDialogBar@@UAE?AVCSize@@HH@Z ?CalcFixedLayout@CDockBar@@UAE?AVCSize@@HH@Z
?CalcFixedLayout@CStatusBar@@UAE?AVCSize@@HH@Z ?CalcFixedLayout@CToolBar@@UAE?AVCSize@@HH@Z
?CalcInsideRect@CControlBar@@QBEXAAVCRect@@H@Z ?CalcInsideRect@CStatusBar@@QBEXAAVCRect@@H@Z
?CalcLayout@CToolBar@@IAE?AVCSize@@KH@Z ?CalcMinimumItemHeight@CCheckListBox@@IAEHXZ
?CalcPageDisplaySize@CPreviewView@@IAE?AVCSize@@XZ ?CalcScaleRatio@CPreviewView@@MAE?AVCSize@@V2@0@Z
?CalcSize@CToolBar@@IAE?AVCSize@@PAU_TBBUTTON@@H@Z ?CalcWindowRect@CEditView@@MAEXPAUtagRECT@@I@Z
?CalcWindowRect@CMiniFrameWnd@@UAEXPAUtagRECT@@I@Z ?CalcWindowRect@CScrollView@@UAEXPAUtagRECT@@I@Z
?CalcWindowRect@CView@@UAEXPAUtagRECT@@I@Z ?CalcWindowRect@CWnd@@UAEXPAUtagRECT@@I@Z
?CallMemberFunc@CCmdTarget@@IAEJPBUAFX_DISPMAP_ENTRY@@GPAUtagVARIANT@@PAUtagDISPPARAMS@@PAI@Z
?CanActivate@COleClientItem@@MAEHXZ ?CanActivate@CRichEditCntrItem@@UAEHXZ
?CanActivateNext@CSplitterWnd@@UAEHH@Z ?CanAppend@CDaoRecordset@@QBEHXZ
?CanBookmark@CDaoRecordset@@QAEHXZ ?CanBookmark@CRecordset@@QBEHXZ ?Cancel@CDatabase@@QAEXXZ
?Cancel@CRecordset@@QAEXXZ ?CancelBlockingCall@CSocket@@QAEXXZ
?CancelDrag@CDragListBox@@UAEXVCPoint@@@Z
?Cancelled@XNotifyDBEvents@COleControlSite@@UAGJKKQAUtagDBNOTIFYREASON@@@Z
?CancelLink@COleUILinkInfo@@UAGJK@Z ?CancelLoop@CDockContext@@QAEXXZ
?CancelToClose@CPropertyPage@@QAEXXZ ?CancelToolTips@CWnd@@SGXH@Z
?CancelUpdate@CDaoRecordset@@UAEXXZ ?CancelUpdate@CRecordset@@QAEXXZ
?CanCloseFrame@CDocument@@UAEHPAVCFrameWnd@@@Z ?CanCloseFrame@COleServerDoc@@UAEHPAVCFrameWnd@@@Z
?CanCreateFromData@COleClientItem@@SGHPBVCOleDataObject@@@Z
?CanCreateLinkFromData@COleClientItem@@SGHPBVCOleDataObject@@@Z ?CanDock@CDockContext@@QAEKXZ
?CanDock@CFrameWnd@@QAEKVCRect@@KPAPAVCDockBar@@@Z ?CanEnterHelpMode@CFrameWnd@@QAEHXZ
?CanInPlaceActivate@XOleIPSite@COleClientItem@@UAGJXZ
?CanInPlaceActivate@XOleIPSite@COleControlSite@@UAGJXZ ?CanPaste@COleClientItem@@SGHXZ
?CanPaste@CRichEditCtrl@@QBEHI@Z ?CanPaste@CRichEditView@@QBEHXZ ?CanPasteLink@COleClientItem@@SGHXZ
?CanRestart@CDaoRecordset@@QAEHXZ ?CanScroll@CDaoRecordset@@QBEHXZ ?CanTransact@CDaoDatabase@@QAEHXZ
?CanTransact@CDaoRecordset@@QAEHXZ ?CanUpdate@CDaoDatabase@@QAEHXZ ?CanUpdate@CDaoQueryDef@@QAEHXZ
?CanUpdate@CDaoRecordset@@QBEHXZ ?CanUpdate@CDaoTableDef@@QAEHXZ
?CenterOnPoint@CScrollView@@IAEXVCPoint@@@Z ?CenterWindow@CWnd@@QAEXPAV1@@Z
?ChangePicture@CPicturePropPage@@IAEXPAUIPicture@@@Z ?ChangeType@COleVariant@@QAEXGPAUtagVARIANT@@@Z
?CharToItem@CListBox@@UAEHII@Z ?CharToOemA@CString@@QAEXXZ ?Check@CDatabase@@UBEHF@Z
?Check@CRecordset@@UBEHF@Z ?CheckAutoCenter@CDialog@@UAEHXZ ?CheckAutoCenter@CWnd@@UAEHXZ
?CheckCount@CArchive@@QAEXXZ ?CheckDlgButton@COleControlContainer@@UAEXHI@Z
?CheckDlgButton@CWnd@@QAEXHI@Z ?CheckFromPoint@CCheckListBox@@IAEHVCPoint@@AAH@Z
?CheckGeneral@COleClientItem@@MAEXJ@Z ?CheckRadioButton@COleControlContainer@@UAEXHHH@Z
?CheckRadioButton@CWnd@@QAEXHHH@Z ?CheckRange@COleDateTime@@IAEXXZ
?CheckRange@COleDateTimeSpan@@QAEXXZ ?CheckRowsetCurrencyStatus@CRecordset@@QAEXGJ@Z
?CheckRowsetError@CRecordset@@UAEXF@Z ?classCAnimateCtrl@CAnimateCtrl@@2UCRuntimeClass@@B
?classCArchiveException@CArchiveException@@2UCRuntimeClass@@B
?classCAsyncMonikerFile@CAsyncMonikerFile@@2UCRuntimeClass@@B
?classCAsyncSocket@CAsyncSocket@@2UCRuntimeClass@@B ?classCBitmap@CBitmap@@2UCRuntimeClass@@B
?classCBitmapButton@CBitmapButton@@2UCRuntimeClass@@B ?classCBrush@CBrush@@2UCRuntimeClass@@B
?classCButton@CButton@@2UCRuntimeClass@@B ?classCByteArray@CByteArray@@2UCRuntimeClass@@A
?classCCheckListBox@CCheckListBox@@2UCRuntimeClass@@B ?classCClientDC@CClientDC@@2UCRuntimeClass@@B
?classCCmdTarget@CCmdTarget@@2UCRuntimeClass@@B ?classCColorDialog@CColorDialog@@2UCRuntimeClass@@B
?classCColorPropPage@CColorPropPage@@2UCRuntimeClass@@B
?classCComboBox@CComboBox@@2UCRuntimeClass@@B ?classCControlBar@CControlBar@@2UCRuntimeClass@@B
?classCCriticalSection@CCriticalSection@@2UCRuntimeClass@@B
?classCCtrlView@CCtrlView@@2UCRuntimeClass@@B ?classCDaoDatabase@CDaoDatabase@@2UCRuntimeClass@@B
?classCDaoException@CDaoException@@2UCRuntimeClass@@B
?classCDaoQueryDef@CDaoQueryDef@@2UCRuntimeClass@@B
?classCDaoRecordset@CDaoRecordset@@2UCRuntimeClass@@B
?classCDaoRecordView@CDaoRecordView@@2UCRuntimeClass@@B
?classCDaoTableDef@CDaoTableDef@@2UCRuntimeClass@@B
?classCDaoWorkspace@CDaoWorkspace@@2UCRuntimeClass@@B ?classCDatabase@CDatabase@@2UCRuntimeClass@@B
?classCDBException@CDBException@@2UCRuntimeClass@@B ?classCDC@CDC@@2UCRuntimeClass@@B
?classCDialog@CDialog@@2UCRuntimeClass@@B ?classCDialogBar@CDialogBar@@2UCRuntimeClass@@B
?classCDocItem@CDocItem@@2UCRuntimeClass@@A ?classCDockBar@CDockBar@@2UCRuntimeClass@@B
?classCDockState@CDockState@@2UCRuntimeClass@@A ?classCDocManager@CDocManager@@2UCRuntimeClass@@B
?classCDocObjectServer@CDocObjectServer@@2UCRuntimeClass@@B
?classCDocObjectServerItem@CDocObjectServerItem@@2UCRuntimeClass@@B
?classCDocTemplate@CDocTemplate@@2UCRuntimeClass@@B ?classCDocument@CDocument@@2UCRuntimeClass@@B
?classCDragListBox@CDragListBox@@2UCRuntimeClass@@B
?classCDWordArray@CDWordArray@@2UCRuntimeClass@@A
?classCDynLinkLibrary@CDynLinkLibrary@@2UCRuntimeClass@@B ?classCEdit@CEdit@@2UCRuntimeClass@@B
?classCEditView@CEditView@@2UCRuntimeClass@@B ?classCEvent@CEvent@@2UCRuntimeClass@@B
?classCException@CException@@2UCRuntimeClass@@B ?classCFile@CFile@@2UCRuntimeClass@@B
?classCFileDialog@CFileDialog@@2UCRuntimeClass@@B
?classCFileException@CFileException@@2UCRuntimeClass@@B
?classCFileFind@CFileFind@@2UCRuntimeClass@@B
?classCFindReplaceDialog@CFindReplaceDialog@@2UCRuntimeClass@@B
?classCFont@CFont@@2UCRuntimeClass@@B ?classCFontDialog@CFontDialog@@2UCRuntimeClass@@B
?classCFontPropPage@CFontPropPage@@2UCRuntimeClass@@B ?classCFormView@CFormView@@2UCRuntimeClass@@B
?classCFrameWnd@CFrameWnd@@2UCRuntimeClass@@B ?classCGdiObject@CGdiObject@@2UCRuntimeClass@@B
?classCHeaderCtrl@CHeaderCtrl@@2UCRuntimeClass@@B ?classCHotKeyCtrl@CHotKeyCtrl@@2UCRuntimeClass@@B
?classCImageList@CImageList@@2UCRuntimeClass@@B ?classCListBox@CListBox@@2UCRuntimeClass@@B
?classCListCtrl@CListCtrl@@2UCRuntimeClass@@B ?classCListView@CListView@@2UCRuntimeClass@@B
?classCLongBinary@CLongBinary@@2UCRuntimeClass@@B
?classCMapPtrToPtr@CMapPtrToPtr@@2UCRuntimeClass@@B
?classCMapPtrToWord@CMapPtrToWord@@2UCRuntimeClass@@B
?classCMapStringToOb@CMapStringToOb@@2UCRuntimeClass@@A
?classCMapStringToPtr@CMapStringToPtr@@2UCRuntimeClass@@B
?classCMapStringToString@CMapStringToString@@2UCRuntimeClass@@A
?classCMapWordToOb@CMapWordToOb@@2UCRuntimeClass@@A
?classCMapWordToPtr@CMapWordToPtr@@2UCRuntimeClass@@B
?classCMDIChildWnd@CMDIChildWnd@@2UCRuntimeClass@@B
?classCMDIFrameWnd@CMDIFrameWnd@@2UCRuntimeClass@@B ?classCMemFile@CMemFile@@2UCRuntimeClass@@B
?classCMemoryException@CMemoryException@@2UCRuntimeClass@@B ?classCMenu@CMenu@@2UCRuntimeClass@@B
?classCMetaFileDC@CMetaFileDC@@2UCRuntimeClass@@B
?classCMiniDockFrameWnd@CMiniDockFrameWnd@@2UCRuntimeClass@@B
?classCMiniFrameWnd@CMiniFrameWnd@@2UCRuntimeClass@@B
?classCMonikerFile@CMonikerFile@@2UCRuntimeClass@@B
?classCMultiDocTemplate@CMultiDocTemplate@@2UCRuntimeClass@@B
?classCMutex@CMutex@@2UCRuntimeClass@@B
?classCNotSupportedException@CNotSupportedException@@2UCRuntimeClass@@B
?classCObArray@CObArray@@2UCRuntimeClass@@A ?classCObject@CObject@@2UCRuntimeClass@@B
?classCObList@CObList@@2UCRuntimeClass@@A ?classCOleBusyDialog@COleBusyDialog@@2UCRuntimeClass@@B
?classCOleChangeIconDialog@COleChangeIconDialog@@2UCRuntimeClass@@B
?classCOleChangeSourceDialog@COleChangeSourceDialog@@2UCRuntimeClass@@B
?classCOleClientItem@COleClientItem@@2UCRuntimeClass@@B
?classCOleControl@COleControl@@2UCRuntimeClass@@B
?classCOleControlModule@COleControlModule@@2UCRuntimeClass@@B
?classCOleConvertDialog@COleConvertDialog@@2UCRuntimeClass@@B
?classCOleDialog@COleDialog@@2UCRuntimeClass@@B
?classCOleDispatchException@COleDispatchException@@2UCRuntimeClass@@B
?classCOleDocIPFrameWnd@COleDocIPFrameWnd@@2UCRuntimeClass@@B
?classCOleDocument@COleDocument@@2UCRuntimeClass@@B
?classCOleException@COleException@@2UCRuntimeClass@@B
?classCOleInsertDialog@COleInsertDialog@@2UCRuntimeClass@@B
?classCOleIPFrameWnd@COleIPFrameWnd@@2UCRuntimeClass@@B
?classCOleLinkingDoc@COleLinkingDoc@@2UCRuntimeClass@@B
?classCOleLinksDialog@COleLinksDialog@@2UCRuntimeClass@@B
?classCOleObjectFactory@COleObjectFactory@@2UCRuntimeClass@@B
?classCOlePasteSpecialDialog@COlePasteSpecialDialog@@2UCRuntimeClass@@B
?classCOlePropertiesDialog@COlePropertiesDialog@@2UCRuntimeClass@@B
?classCOlePropertyPage@COlePropertyPage@@2UCRuntimeClass@@B
?classCOleResizeBar@COleResizeBar@@2UCRuntimeClass@@B
?classCOleServerDoc@COleServerDoc@@2UCRuntimeClass@@B
?classCOleServerItem@COleServerItem@@2UCRuntimeClass@@B
?classCOleStreamFile@COleStreamFile@@2UCRuntimeClass@@B
?classCOleUpdateDialog@COleUpdateDialog@@2UCRuntimeClass@@B
?classCPageSetupDialog@CPageSetupDialog@@2UCRuntimeClass@@B
?classCPaintDC@CPaintDC@@2UCRuntimeClass@@B ?classCPalette@CPalette@@2UCRuntimeClass@@B
?classCPen@CPen@@2UCRuntimeClass@@B ?classCPicturePropPage@CPicturePropPage@@2UCRuntimeClass@@B
?classCPreviewDC@CPreviewDC@@2UCRuntimeClass@@B ?classCPreviewView@CPreviewView@@2UCRuntimeClass@@B
?classCPrintDialog@CPrintDialog@@2UCRuntimeClass@@B
?classCProgressCtrl@CProgressCtrl@@2UCRuntimeClass@@B
?classCPropertyPage@CPropertyPage@@2UCRuntimeClass@@B
?classCPropertySheet@CPropertySheet@@2UCRuntimeClass@@B
?classCPtrArray@CPtrArray@@2UCRuntimeClass@@B ?classCPtrList@CPtrList@@2UCRuntimeClass@@B
?classCRecordset@CRecordset@@2UCRuntimeClass@@B ?classCRecordView@CRecordView@@2UCRuntimeClass@@B
?classCResourceException@CResourceException@@2UCRuntimeClass@@B ?classCRgn@CRgn@@2UCRuntimeClass@@B
?classCRichEditCntrItem@CRichEditCntrItem@@2UCRuntimeClass@@A
?classCRichEditCtrl@CRichEditCtrl@@2UCRuntimeClass@@B
?classCRichEditDoc@CRichEditDoc@@2UCRuntimeClass@@B
?classCRichEditView@CRichEditView@@2UCRuntimeClass@@B
?classCScrollBar@CScrollBar@@2UCRuntimeClass@@B ?classCScrollView@CScrollView@@2UCRuntimeClass@@B
?classCSemaphore@CSemaphore@@2UCRuntimeClass@@B ?classCSharedFile@CSharedFile@@2UCRuntimeClass@@B
?classCSingleDocTemplate@CSingleDocTemplate@@2UCRuntimeClass@@B
?classCSliderCtrl@CSliderCtrl@@2UCRuntimeClass@@B ?classCSocket@CSocket@@2UCRuntimeClass@@B
?classCSocketFile@CSocketFile@@2UCRuntimeClass@@B
?classCSpinButtonCtrl@CSpinButtonCtrl@@2UCRuntimeClass@@B
?classCSplitterWnd@CSplitterWnd@@2UCRuntimeClass@@B ?classCStatic@CStatic@@2UCRuntimeClass@@B
?classCStatusBar@CStatusBar@@2UCRuntimeClass@@B
?classCStatusBarCtrl@CStatusBarCtrl@@2UCRuntimeClass@@B
?classCStdioFile@CStdioFile@@2UCRuntimeClass@@B
?classCStockPropPage@CStockPropPage@@2UCRuntimeClass@@B
?classCStringArray@CStringArray@@2UCRuntimeClass@@A
?classCStringList@CStringList@@2UCRuntimeClass@@A ?classCSyncObject@CSyncObject@@2UCRuntimeClass@@B
?classCTabCtrl@CTabCtrl@@2UCRuntimeClass@@B ?classCToolBar@CToolBar@@2UCRuntimeClass@@B
?classCToolBarCtrl@CToolBarCtrl@@2UCRuntimeClass@@B
?classCToolTipCtrl@CToolTipCtrl@@2UCRuntimeClass@@B ?classCTreeCtrl@CTreeCtrl@@2UCRuntimeClass@@B
?classCTreeView@CTreeView@@2UCRuntimeClass@@B ?classCUIntArray@CUIntArray@@2UCRuntimeClass@@B
?classCUserException@CUserException@@2UCRuntimeClass@@B ?classCView@CView@@2UCRuntimeClass@@B
?classCWinApp@CWinApp@@2UCRuntimeClass@@B ?classCWindowDC@CWindowDC@@2UCRuntimeClass@@B
?classCWinThread@CWinThread@@2UCRuntimeClass@@B ?classCWnd@CWnd@@2UCRuntimeClass@@B
?classCWordArray@CWordArray@@2UCRuntimeClass@@A ?Cleanup@CPropertyPage@@IAEXXZ
?CleanupObjectArray@COlePropertyPage@@IAEXXZ ?Clear@CDBVariant@@QAEXXZ ?Clear@CDockState@@QAEXXZ
?Clear@COleVariant@@QAEXXZ=?_ClearCompat@COleVariant@@QAEXXZ
?ClearDirtyFieldStatus@CDaoRecordset@@QAEXI@Z ?ClearDirtyFieldStatus@CRecordset@@QAEXK@Z
?ClearFieldStatus@CRecordset@@QAEXXZ ?ClearFieldStatusFlags@CDaoRecordset@@QAEXXZ
?ClearNullFieldStatus@CDaoRecordset@@QAEXI@Z ?ClearNullFieldStatus@CRecordset@@QAEXK@Z
?ClearNullParamStatus@CRecordset@@QAEXK@Z
?ClientToParent@COleControl@@UBEXPBUtagRECT@@PAUtagPOINT@@@Z
?ClipCaretRect@COleControl@@QAEHPAUtagRECT@@@Z ?ClipToPage@CPreviewDC@@QAEXXZ
?Clone@CArchiveStream@@UAGJPAPAUIStream@@@Z ?Clone@XEnumVOID@CEnumArray@@UAGJPAPAUIEnumVOID@@@Z
?Clone@XOleDocumentView@CDocObjectServer@@UAGJPAUIOleInPlaceSite@@PAPAUIOleDocumentView@@@Z
?Close@CArchive@@QAEXXZ ?Close@CAsyncMonikerFile@@UAEXXZ ?Close@CAsyncSocket@@UAEXXZ
?Close@CCachedDataPathProperty@@UAEXXZ ?Close@CDaoDatabase@@UAEXXZ ?Close@CDaoQueryDef@@UAEXXZ
?Close@CDaoRecordset@@UAEXXZ ?Close@CDaoTableDef@@UAEXXZ ?Close@CDaoWorkspace@@UAEXXZ
?Close@CDatabase@@UAEXXZ ?Close@CFile@@UAEXXZ ?Close@CFileFind@@QAEXXZ ?Close@CFtpConnection@@UAEXXZ
?Close@CGopherConnection@@UAEXXZ ?Close@CGopherFile@@UAEXXZ ?Close@CHttpConnection@@UAEXXZ
?Close@CHttpFile@@UAEXXZ ?Close@CInternetConnection@@MAEXXZ ?Close@CInternetFile@@UAEXXZ
?Close@CInternetSession@@UAEXXZ ?Close@CMemFile@@UAEXXZ ?Close@CMirrorFile@@UAEXXZ
?Close@CMonikerFile@@UAEXXZ ?Close@COleClientItem@@QAEXW4tagOLECLOSE@@@Z
?Close@COleStreamFile@@UAEXXZ ?Close@CRecordset@@UAEXXZ ?Close@CSocket@@UAEXXZ
?Close@CSocketFile@@UAEXXZ ?Close@CStdioFile@@UAEXXZ ?Close@XOleObject@CDocObjectServer@@UAGJK@Z
?Close@XOleObject@COleControl@@UAGJK@Z ?Close@XOleObject@COleServerDoc@@UAGJK@Z
?Close@XOleObject@COleServerItem@@UAGJK@Z ?CloseAllDocuments@CDocManager@@UAEXH@Z
?CloseAllDocuments@CDocTemplate@@UAEXH@Z ?CloseAllDocuments@CWinApp@@QAEXH@Z
?CloseContext@CFileFind@@MAEXXZ ?CloseContext@CFtpFileFind@@MAEXXZ
?CloseContext@CGopherFileFind@@MAEXXZ ?CloseView@XOleDocumentView@CDocObjectServer@@UAGJK@Z
?colGetFaceColor@CColorButton@@QAEKXZ ?commandMap@CCmdTarget@@1UAFX_OLECMDMAP@@B
?CommandToIndex@CStatusBar@@QBEHI@Z ?CommandToIndex@CToolBar@@QBEHI@Z
?Commit@CArchiveStream@@UAGJK@Z ?CommitItem@COleClientItem@@UAEXH@Z
?CommitItems@COleDocument@@QAEXH@Z ?CommitTrans@CDaoWorkspace@@QAEXXZ ?CommitTrans@CDatabase@@QAEHXZ
?CommonConstruct@CPropertyPage@@IAEXPBDI@Z ?CommonConstruct@CPropertySheet@@QAEXPAVCWnd@@I@Z
?CommonConstruct@CWinThread@@QAEXXZ ?CompactDatabase@CDaoWorkspace@@SGXPBD00H@Z
?CompactDatabase@CDaoWorkspace@@SGXPBD00H0@Z ?CompareItem@CComboBox@@UAEHPAUtagCOMPAREITEMSTRUCT@@@Z
?CompareItem@CListBox@@UAEHPAUtagCOMPAREITEMSTRUCT@@@Z ?CompareValue@CDaoFieldExchange@@SGHPAX0K@Z
?ComputeDeltas@CPreviewDC@@IAE?AVCSize@@AAHPBDAAIHIPAHHPAD30@Z ?ConcatCopy@CString@@IAEXHPBDH0@Z
?ConcatInPlace@CString@@IAEXHPBD@Z ?Connect@CAsyncSocket@@QAEHPBDI@Z ?Connect@CDatabase@@IAEHK@Z
?ConnectHelper@CAsyncSocket@@MAEHPBUsockaddr@@H@Z ?ConnectHelper@CSocket@@MAEHPBUsockaddr@@H@Z
?connectionMap@CCmdTarget@@1UAFX_CONNECTIONMAP@@B ?connectionMap@COleControl@@1UAFX_CONNECTIONMAP@@B
?ConnectSink@COleControlSite@@IAEKABU_GUID@@PAUIUnknown@@@Z
?ConnectTemplate@COleTemplateServer@@QAEXABU_GUID@@PAVCDocTemplate@@H@Z
?ConnectView@COleServerDoc@@IAEXPAVCWnd@@PAVCView@@@Z ?Construct@CPropertyPage@@QAEXII@Z
?Construct@CPropertyPage@@QAEXPBDI@Z ?Construct@CPropertySheet@@QAEXIPAVCWnd@@I@Z
?Construct@CPropertySheet@@QAEXPBDPAVCWnd@@I@Z ?Construct@CRectTracker@@IAEXXZ
?ConstructElements@@YGXPAVCOleVariant@@H@Z ?ConstructElements@@YGXPAVCString@@H@Z
?ContextSensitiveHelp@XOleInPlaceActiveObject@COleControl@@UAGJH@Z
?ContextSensitiveHelp@XOleInPlaceActiveObject@COleServerDoc@@UAGJH@Z
?ContextSensitiveHelp@XOleInPlaceFrame@COleFrameHook@@UAGJH@Z
?ContextSensitiveHelp@XOleInPlaceObject@COleControl@@UAGJH@Z
?ContextSensitiveHelp@XOleInPlaceObject@COleServerDoc@@UAGJH@Z
?ContextSensitiveHelp@XOleIPFrame@COleControlContainer@@UAGJH@Z
?ContextSensitiveHelp@XOleIPSite@COleClientItem@@UAGJH@Z
?ContextSensitiveHelp@XOleIPSite@COleControlSite@@UAGJH@Z
?ContextSensitiveHelp@XRichEditOleCallback@CRichEditView@@UAGJH@Z
?ContinueModal@CPropertySheet@@UAEHXZ ?ContinueModal@CWnd@@UAEHXZ
?ControlInfoChanged@COleControl@@QAEXXZ
?ConvertObject@XOleUIObjInfo@COlePropertiesDialog@@UAGJKABU_GUID@@@Z
?ConvertTo@COleClientItem@@UAEHABU_GUID@@@Z ?ConvertTo@CRichEditCntrItem@@UAEHABU_GUID@@@Z
?Copy@CByteArray@@QAEXABV1@@Z ?Copy@CDWordArray@@QAEXABV1@@Z ?Copy@CObArray@@QAEXABV1@@Z
?Copy@COleSafeArray@@QAEXPAPAUtagSAFEARRAY@@@Z ?Copy@CPtrArray@@QAEXABV1@@Z
?Copy@CStringArray@@QAEXABV1@@Z ?Copy@CUIntArray@@QAEXABV1@@Z ?Copy@CWordArray@@QAEXABV1@@Z
?CopyBeforeWrite@CString@@IAEXXZ ?CopyColumnID@CDataSourceControl@@QAEHPAUtagDBCOLUMNID@@PBU2@@Z
?CopyElements@@YGXPAVCOleVariant@@PBV1@H@Z ?CopyElements@@YGXPAVCString@@PBV1@H@Z
?CopyTo@CArchiveStream@@UAGJPAUIStream@@T_ULARGE_INTEGER@@PAT3@2@Z
?CopyToClipboard@COleClientItem@@QAEXH@Z ?CopyToClipboard@COleServerItem@@QAEXH@Z
?CopyValue@CDaoFieldExchange@@SGXPAX0K@Z ?Create@CAnimateCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CAsyncSocket@@QAEHIHJPBD@Z ?Create@CButton@@QAEHPBDKABUtagRECT@@PAVCWnd@@I@Z
?Create@CCheckListBox@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CComboBox@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CControlFrameWnd@@UAEHPBD@Z
?Create@CDaoDatabase@@UAEXPBD0H@Z ?Create@CDaoQueryDef@@UAEXPBD0@Z
?Create@CDaoTableDef@@UAEXPBDJ00@Z ?Create@CDaoWorkspace@@UAEXPBD00@Z
?Create@CDialog@@QAEHPBDPAVCWnd@@@Z ?Create@CDialogBar@@QAEHPAVCWnd@@PBDII@Z
?Create@CDockBar@@QAEHPAVCWnd@@KI@Z ?Create@CEdit@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CFindReplaceDialog@@QAEHHPBD0KPAVCWnd@@@Z
?Create@CFormView@@MAEHPBD0KABUtagRECT@@PAVCWnd@@IPAUCCreateContext@@@Z
?Create@CFrameWnd@@QAEHPBD0KABUtagRECT@@PAVCWnd@@0KPAUCCreateContext@@@Z
?Create@CHeaderCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CHotKeyCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CImageList@@QAEHAAV1@H0HHH@Z
?Create@CImageList@@QAEHHHIHH@Z ?Create@CImageList@@QAEHIHHK@Z ?Create@CImageList@@QAEHPBDHHK@Z
?Create@CListBox@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CListCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CMDIChildWnd@@UAEHPBD0KABUtagRECT@@PAVCMDIFrameWnd@@PAUCCreateContext@@@Z
?Create@CMiniDockFrameWnd@@UAEHPAVCWnd@@K@Z ?Create@CMiniFrameWnd@@QAEHPBD0KABUtagRECT@@PAVCWnd@@I@Z
?Create@COleResizeBar@@QAEHPAVCWnd@@KI@Z ?Create@COleSafeArray@@QAEXGKPAK@Z
?Create@COleSafeArray@@QAEXGKPAUtagSAFEARRAYBOUND@@@Z ?Create@CPlex@@SGPAU1@AAPAU1@II@Z
?Create@CProgressCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CPropertySheet@@QAEHPAVCWnd@@KK@Z
?Create@CReflectorWnd@@QAEHABVCRect@@PAUHWND__@@@Z
?Create@CRichEditCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CScrollBar@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CSliderCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CSpinButtonCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CSplitterWnd@@QAEHPAVCWnd@@HHUtagSIZE@@PAUCCreateContext@@KI@Z
?Create@CStatic@@QAEHPBDKABUtagRECT@@PAVCWnd@@I@Z ?Create@CStatusBar@@QAEHPAVCWnd@@KI@Z
?Create@CStatusBarCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CTabCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CToolBar@@QAEHPAVCWnd@@KI@Z
?Create@CToolBarCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CToolTipCtrl@@QAEHPAVCWnd@@K@Z
?Create@CTreeCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CWnd@@UAEHPBD0KABUtagRECT@@PAV1@IPAUCCreateContext@@@Z
?CreateBindContext@CMonikerFile@@IAEPAUIBindCtx@@PAVCFileException@@@Z
?CreateBindHost@CMonikerFile@@KAPAUIBindHost@@XZ
?CreateClient@CMDIFrameWnd@@UAEHPAUtagCREATESTRUCTA@@PAVCMenu@@@Z
?CreateClientItem@CRichEditDoc@@UBEPAVCRichEditCntrItem@@PAU_reobject@@@Z
?CreateCloneFrom@COleClientItem@@QAEHPBV1@@Z ?CreateCommon@CSplitterWnd@@IAEHPAVCWnd@@UtagSIZE@@KI@Z
?CreateConnectionArray@CConnectionPoint@@QAEXXZ
?CreateContainer@COccManager@@UAEPAVCOleControlContainer@@PAVCWnd@@@Z
?CreateControl@COleControlContainer@@QAEHPAVCWnd@@ABU_GUID@@PBDKABUtagRECT@@IPAVCFile@@HPAGPAPAVCOleControlSite@@@Z
?CreateControl@COleControlSite@@QAEJPAVCWnd@@ABU_GUID@@PBDKABUtagRECT@@IPAVCFile@@HPAG@Z
?CreateControl@CWnd@@QAEHABU_GUID@@PBDKABUtagRECT@@PAV1@IPAVCFile@@HPAG@Z
?CreateControl@CWnd@@QAEHPBD0KABUtagRECT@@PAV1@IPAVCFile@@HPAG@Z
?CreateControlWindow@COleControl@@MAEHPAUHWND__@@ABVCRect@@PBUtagRECT@@@Z
?CreateDIBPatternBrush@CBrush@@QAEHPAXI@Z ?CreateDirectoryA@CFtpConnection@@QAEHPBD@Z
?CreateDispatch@COleDispatchDriver@@QAEHABU_GUID@@PAVCOleException@@@Z
?CreateDispatch@COleDispatchDriver@@QAEHPBDPAVCOleException@@@Z ?CreateDlg@CWnd@@IAEHPBDPAV1@@Z
?CreateDlgControl@COccManager@@IAEPAUHWND__@@PAVCWnd@@PAU2@HPAUDLGITEMTEMPLATE@@GPAEK@Z
?CreateDlgControls@COccManager@@UAEHPAVCWnd@@PAXPAU_AFX_OCC_DIALOG_INFO@@@Z
?CreateDlgControls@COccManager@@UAEHPAVCWnd@@PBDPAU_AFX_OCC_DIALOG_INFO@@@Z
?CreateDlgIndirect@CWnd@@IAEHPBUDLGTEMPLATE@@PAV1@@Z
?CreateDlgIndirect@CWnd@@IAEHPBUDLGTEMPLATE@@PAV1@PAUHINSTANCE__@@@Z
?CreateDragImage@CListCtrl@@QAEPAVCImageList@@HPAUtagPOINT@@@Z
?CreateDragImage@CTreeCtrl@@QAEPAVCImageList@@PAU_TREEITEM@@@Z ?CreateEmpty@CPictureHolder@@QAEHXZ
?CreateEx@CMiniFrameWnd@@QAEHKPBD0KABUtagRECT@@PAVCWnd@@I@Z
?CreateEx@CWnd@@QAEHKPBD0KHHHHPAUHWND__@@PAUHMENU__@@PAX@Z
?CreateField@CDaoTableDef@@QAEXAAUCDaoFieldInfo@@@Z ?CreateField@CDaoTableDef@@QAEXPBDFJJ@Z
?CreateFloatingFrame@CFrameWnd@@QAEPAVCMiniDockFrameWnd@@K@Z
?CreateFrameWindow@COleControl@@MAEPAVCControlFrameWnd@@XZ ?CreateFromBitmap@CPictureHolder@@QAEHI@Z
?CreateFromBitmap@CPictureHolder@@QAEHPAUHBITMAP__@@PAUHPALETTE__@@H@Z
?CreateFromBitmap@CPictureHolder@@QAEHPAVCBitmap@@PAVCPalette@@H@Z
?CreateFromClipboard@COleClientItem@@QAEHW4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateFromData@COleClientItem@@QAEHPAVCOleDataObject@@W4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateFromFile@COleClientItem@@QAEHPBDABU_GUID@@W4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateFromIcon@CPictureHolder@@QAEHI@Z ?CreateFromIcon@CPictureHolder@@QAEHPAUHICON__@@H@Z
?CreateFromMetafile@CPictureHolder@@QAEHPAUHMETAFILE__@@HHH@Z
?CreateIndex@CDaoTableDef@@QAEXAAUCDaoIndexInfo@@@Z
?CreateIndirect@CDialog@@IAEHPAXPAVCWnd@@PAUHINSTANCE__@@@Z
?CreateIndirect@CDialog@@IAEHPBUDLGTEMPLATE@@PAVCWnd@@PAXPAUHINSTANCE__@@@Z
?CreateIndirect@CDialog@@QAEHPAXPAVCWnd@@@Z
?CreateIndirect@CDialog@@QAEHPBUDLGTEMPLATE@@PAVCWnd@@PAX@Z
?CreateInPlaceFrame@COleServerDoc@@MAEPAVCOleIPFrameWnd@@PAVCWnd@@@Z
?CreateInstance@AFX_COM@@QAEJABU_GUID@@PAUIUnknown@@0PAPAX@Z
?CreateInstance@XClassFactory@COleObjectFactory@@UAGJPAUIUnknown@@ABU_GUID@@PAPAX@Z
?CreateInstanceLic@XClassFactory@COleObjectFactory@@UAGJPAUIUnknown@@0ABU_GUID@@PAGPAPAX@Z
?CreateItem@COleInsertDialog@@QAEHPAVCOleClientItem@@@Z
?CreateItem@COlePasteSpecialDialog@@QAEHPAVCOleClientItem@@@Z
?CreateLinkFromClipboard@COleClientItem@@QAEHW4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateLinkFromData@COleClientItem@@QAEHPAVCOleDataObject@@W4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateLinkFromFile@COleClientItem@@QAEHPBDW4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateLocator@CGopherConnection@@QAE?AVCGopherLocator@@PBD0K@Z
?CreateLocator@CGopherConnection@@SA?AVCGopherLocator@@PBD@Z
?CreateLocator@CGopherConnection@@SA?AVCGopherLocator@@PBD00KG@Z
?CreateMemoryStream@COleStreamFile@@QAEHPAVCFileException@@@Z
?CreateNewDocument@CDocTemplate@@UAEPAVCDocument@@XZ
?CreateNewFrame@CDocTemplate@@UAEPAVCFrameWnd@@PAVCDocument@@PAV2@@Z
?CreateNewItem@COleClientItem@@QAEHABU_GUID@@W4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateObject@?$CProcessLocal@U_AFX_PROPPAGEFONTINFO@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_BASE_MODULE_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_CHECKLIST_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_COLOR_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_CTL3D_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_DB_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_EDIT_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_EXTDLL_STATE@@@@SGPAVCNoTrackObject@@XZ=_AfxBinaryCompatibleStubFunction
?CreateObject@?$CProcessLocal@V_AFX_MAIL_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_OLE_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_RICHEDIT_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_SOCK_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@V_AFX_WIN_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CProcessLocal@VCOccManager@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CThreadLocal@V_AFX_CTL3D_THREAD@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CThreadLocal@V_AFX_THREAD_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CThreadLocal@V_AFXCTL_AMBIENT_CACHE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@?$CThreadLocal@VAFX_MODULE_THREAD_STATE@@@@SGPAVCNoTrackObject@@XZ
?CreateObject@CByteArray@@SGPAVCObject@@XZ ?CreateObject@CColorPropPage@@SGPAVCObject@@XZ
?CreateObject@CDC@@SGPAVCObject@@XZ ?CreateObject@CDocItem@@SGPAVCObject@@XZ
?CreateObject@CDockState@@SGPAVCObject@@XZ ?CreateObject@CDWordArray@@SGPAVCObject@@XZ
?CreateObject@CEditView@@SGPAVCObject@@XZ ?CreateObject@CFontPropPage@@SGPAVCObject@@XZ
?CreateObject@CFrameWnd@@SGPAVCObject@@XZ ?CreateObject@CGdiObject@@SGPAVCObject@@XZ
?CreateObject@CImageList@@SGPAVCObject@@XZ ?CreateObject@CListView@@SGPAVCObject@@XZ
?CreateObject@CMapStringToOb@@SGPAVCObject@@XZ ?CreateObject@CMapStringToString@@SGPAVCObject@@XZ
?CreateObject@CMapWordToOb@@SGPAVCObject@@XZ ?CreateObject@CMDIChildWnd@@SGPAVCObject@@XZ
?CreateObject@CMDIFrameWnd@@SGPAVCObject@@XZ ?CreateObject@CMenu@@SGPAVCObject@@XZ
?CreateObject@CMiniDockFrameWnd@@SGPAVCObject@@XZ ?CreateObject@CMiniFrameWnd@@SGPAVCObject@@XZ
?CreateObject@CObArray@@SGPAVCObject@@XZ ?CreateObject@CObList@@SGPAVCObject@@XZ
?CreateObject@COleDocIPFrameWnd@@SGPAVCObject@@XZ ?CreateObject@COleIPFrameWnd@@SGPAVCObject@@XZ
?CreateObject@CPicturePropPage@@SGPAVCObject@@XZ ?CreateObject@CPreviewView@@SGPAVCObject@@XZ
?CreateObject@CRichEditCntrItem@@SGPAVCObject@@XZ ?CreateObject@CRichEditView@@SGPAVCObject@@XZ
?CreateObject@CRuntimeClass@@QAEPAVCObject@@XZ ?CreateObject@CStringArray@@SGPAVCObject@@XZ
?CreateObject@CStringList@@SGPAVCObject@@XZ ?CreateObject@CTreeView@@SGPAVCObject@@XZ
?CreateObject@CWnd@@SGPAVCObject@@XZ ?CreateObject@CWordArray@@SGPAVCObject@@XZ
?CreateOleFont@COleControlContainer@@QAEXPAVCFont@@@Z
?CreateOleFrame@CDocTemplate@@QAEPAVCFrameWnd@@PAVCWnd@@PAVCDocument@@H@Z
?CreateOneDim@COleSafeArray@@QAEXGKPBXJ@Z
?CreateOrLoad@COleControlSite@@IAEJABU_GUID@@PAVCFile@@HPAG@Z
?CreatePointFont@CFont@@QAEHHPBDPAVCDC@@@Z
?CreatePointFontIndirect@CFont@@QAEHPBUtagLOGFONTA@@PAVCDC@@@Z
?CreatePrinterDC@CPageSetupDialog@@QAEPAUHDC__@@XZ ?CreatePrinterDC@CPrintDialog@@QAEPAUHDC__@@XZ
?CreatePrinterDC@CWinApp@@QAEHAAVCDC@@@Z ?CreateRelation@CDaoDatabase@@QAEXAAUCDaoRelationInfo@@@Z
?CreateRelation@CDaoDatabase@@QAEXPBD00J00@Z ?CreateScrollBarCtrl@CSplitterWnd@@UAEHKI@Z
?CreateSite@COccManager@@UAEPAVCOleControlSite@@PAVCOleControlContainer@@@Z
?CreateStatic@CSplitterWnd@@QAEHPAVCWnd@@HHKI@Z
?CreateStaticFromClipboard@COleClientItem@@QAEHW4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateStaticFromData@COleClientItem@@QAEHPAVCOleDataObject@@W4tagOLERENDER@@GPAUtagFORMATETC@@@Z
?CreateStream@COleStreamFile@@QAEHPAUIStorage@@PBDKPAVCFileException@@@Z
?CreateThread@CWinThread@@QAEHKIPAU_SECURITY_ATTRIBUTES@@@Z ?CreateTracker@COleControl@@IAEXHH@Z
?CreateView@CFrameWnd@@QAEPAVCWnd@@PAUCCreateContext@@I@Z
?CreateView@CSplitterWnd@@UAEHHHPAUCRuntimeClass@@UtagSIZE@@PAUCCreateContext@@@Z
?CreateView@XOleDocument@CDocObjectServer@@UAGJPAUIOleInPlaceSite@@PAUIStream@@KPAPAUIOleDocumentView@@@Z
?CreateWindowForSubclassedControl@COleControl@@IAEXXZ
?DAdvise@XDataObject@COleControl@@UAGJPAUtagFORMATETC@@KPAUIAdviseSink@@PAK@Z
?DAdvise@XDataObject@COleDataSource@@UAGJPAUtagFORMATETC@@KPAUIAdviseSink@@PAK@Z
?DAdvise@XDataObject@COleServerDoc@@UAGJPAUtagFORMATETC@@KPAUIAdviseSink@@PAK@Z
?DAdvise@XDataObject@COleServerItem@@UAGJPAUtagFORMATETC@@KPAUIAdviseSink@@PAK@Z
?DDP_Check@@YGXPAVCDataExchange@@HAAHPBD@Z ?DDP_EndCheck@@YGXPAVCDataExchange@@HPAHPBD@Z
?DDP_EndRadio@@YGXPAVCDataExchange@@HPAHPBD@Z ?DDP_EndText@@YGXPAVCDataExchange@@HPAEPBD@Z
?DDP_EndText@@YGXPAVCDataExchange@@HPAFPBD@Z ?DDP_EndText@@YGXPAVCDataExchange@@HPAHPBD@Z
?DDP_EndText@@YGXPAVCDataExchange@@HPAIPBD@Z ?DDP_EndText@@YGXPAVCDataExchange@@HPAJPBD@Z
?DDP_EndText@@YGXPAVCDataExchange@@HPAKPBD@Z ?DDP_EndText@@YGXPAVCDataExchange@@HPAMPBD@Z
?DDP_EndText@@YGXPAVCDataExchange@@HPANPBD@Z ?DDP_EndText@@YGXPAVCDataExchange@@HPAVCString@@PBD@Z
?DDP_PostProcessing@@YGXPAVCDataExchange@@@Z ?DDP_Radio@@YGXPAVCDataExchange@@HAAHPBD@Z
?DDP_Text@@YGXPAVCDataExchange@@HAAEPBD@Z ?DDP_Text@@YGXPAVCDataExchange@@HAAFPBD@Z
?DDP_Text@@YGXPAVCDataExchange@@HAAHPBD@Z ?DDP_Text@@YGXPAVCDataExchange@@HAAIPBD@Z
?DDP_Text@@YGXPAVCDataExchange@@HAAJPBD@Z ?DDP_Text@@YGXPAVCDataExchange@@HAAKPBD@Z
?DDP_Text@@YGXPAVCDataExchange@@HAAMPBD@Z ?DDP_Text@@YGXPAVCDataExchange@@HAANPBD@Z
?DDP_Text@@YGXPAVCDataExchange@@HAAVCString@@PBD@Z
?DDV_MaxChars@@YGXPAVCDataExchange@@ABVCString@@H@Z ?DDV_MinMaxByte@@YGXPAVCDataExchange@@EEE@Z
?DDV_MinMaxDouble@@YGXPAVCDataExchange@@ABNNN@Z ?DDV_MinMaxDWord@@YGXPAVCDataExchange@@KKK@Z
?DDV_MinMaxFloat@@YGXPAVCDataExchange@@ABMMM@Z ?DDV_MinMaxInt@@YGXPAVCDataExchange@@HHH@Z
?DDV_MinMaxLong@@YGXPAVCDataExchange@@JJJ@Z ?DDV_MinMaxShort@@YGXPAVCDataExchange@@FFF@Z
?DDV_MinMaxUInt@@YGXPAVCDataExchange@@III@Z ?DDX_CBIndex@@YGXPAVCDataExchange@@HAAH@Z
?DDX_CBString@@YGXPAVCDataExchange@@HAAVCString@@@Z
?DDX_CBStringExact@@YGXPAVCDataExchange@@HAAVCString@@@Z ?DDX_Check@@YGXPAVCDataExchange@@HAAH@Z
?DDX_Control@@YGXPAVCDataExchange@@HAAVCWnd@@@Z
?DDX_FieldCBIndex@@YGXPAVCDataExchange@@HAAHPAVCDaoRecordset@@@Z
?DDX_FieldCBIndex@@YGXPAVCDataExchange@@HAAHPAVCRecordset@@@Z
?DDX_FieldCBString@@YGXPAVCDataExchange@@HAAVCString@@PAVCDaoRecordset@@@Z
?DDX_FieldCBString@@YGXPAVCDataExchange@@HAAVCString@@PAVCRecordset@@@Z
?DDX_FieldCBStringExact@@YGXPAVCDataExchange@@HAAVCString@@PAVCDaoRecordset@@@Z
?DDX_FieldCBStringExact@@YGXPAVCDataExchange@@HAAVCString@@PAVCRecordset@@@Z
?DDX_FieldCheck@@YGXPAVCDataExchange@@HAAHPAVCDaoRecordset@@@Z
?DDX_FieldCheck@@YGXPAVCDataExchange@@HAAHPAVCRecordset@@@Z
?DDX_FieldLBIndex@@YGXPAVCDataExchange@@HAAHPAVCDaoRecordset@@@Z
?DDX_FieldLBIndex@@YGXPAVCDataExchange@@HAAHPAVCRecordset@@@Z
?DDX_FieldLBString@@YGXPAVCDataExchange@@HAAVCString@@PAVCDaoRecordset@@@Z
?DDX_FieldLBString@@YGXPAVCDataExchange@@HAAVCString@@PAVCRecordset@@@Z
?DDX_FieldLBStringExact@@YGXPAVCDataExchange@@HAAVCString@@PAVCDaoRecordset@@@Z
?DDX_FieldLBStringExact@@YGXPAVCDataExchange@@HAAVCString@@PAVCRecordset@@@Z
?DDX_FieldRadio@@YGXPAVCDataExchange@@HAAHPAVCDaoRecordset@@@Z
?DDX_FieldRadio@@YGXPAVCDataExchange@@HAAHPAVCRecordset@@@Z
?DDX_FieldScroll@@YGXPAVCDataExchange@@HAAHPAVCDaoRecordset@@@Z
?DDX_FieldScroll@@YGXPAVCDataExchange@@HAAHPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAEPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAEPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAFPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAHPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAHPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAIPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAJPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAJPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAKPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAKPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAMPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAMPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAANPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAANPAVCRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAVCOleCurrency@@PAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAVCOleDateTime@@PAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAVCString@@PAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HAAVCString@@PAVCRecordset@@@Z
?DDX_LBIndex@@YGXPAVCDataExchange@@HAAH@Z ?DDX_LBString@@YGXPAVCDataExchange@@HAAVCString@@@Z
?DDX_LBStringExact@@YGXPAVCDataExchange@@HAAVCString@@@Z ?DDX_OCBool@@YGXPAVCDataExchange@@HJAAH@Z
?DDX_OCBoolRO@@YGXPAVCDataExchange@@HJAAH@Z ?DDX_OCColor@@YGXPAVCDataExchange@@HJAAK@Z
?DDX_OCColorRO@@YGXPAVCDataExchange@@HJAAK@Z ?DDX_OCFloat@@YGXPAVCDataExchange@@HJAAM@Z
?DDX_OCFloat@@YGXPAVCDataExchange@@HJAAN@Z ?DDX_OCFloatRO@@YGXPAVCDataExchange@@HJAAM@Z
?DDX_OCFloatRO@@YGXPAVCDataExchange@@HJAAN@Z ?DDX_OCInt@@YGXPAVCDataExchange@@HJAAH@Z
?DDX_OCInt@@YGXPAVCDataExchange@@HJAAJ@Z ?DDX_OCIntRO@@YGXPAVCDataExchange@@HJAAH@Z
?DDX_OCIntRO@@YGXPAVCDataExchange@@HJAAJ@Z ?DDX_OCShort@@YGXPAVCDataExchange@@HJAAF@Z
?DDX_OCShortRO@@YGXPAVCDataExchange@@HJAAF@Z ?DDX_OCText@@YGXPAVCDataExchange@@HJAAVCString@@@Z
?DDX_OCTextRO@@YGXPAVCDataExchange@@HJAAVCString@@@Z ?DDX_Radio@@YGXPAVCDataExchange@@HAAH@Z
?DDX_Scroll@@YGXPAVCDataExchange@@HAAH@Z ?DDX_Text@@YGXPAVCDataExchange@@HAAE@Z
?DDX_Text@@YGXPAVCDataExchange@@HAAF@Z ?DDX_Text@@YGXPAVCDataExchange@@HAAH@Z
?DDX_Text@@YGXPAVCDataExchange@@HAAI@Z ?DDX_Text@@YGXPAVCDataExchange@@HAAJ@Z
?DDX_Text@@YGXPAVCDataExchange@@HAAK@Z ?DDX_Text@@YGXPAVCDataExchange@@HAAM@Z
?DDX_Text@@YGXPAVCDataExchange@@HAAN@Z ?DDX_Text@@YGXPAVCDataExchange@@HAAVCOleCurrency@@@Z
?DDX_Text@@YGXPAVCDataExchange@@HAAVCOleDateTime@@@Z ?DDX_Text@@YGXPAVCDataExchange@@HAAVCString@@@Z
?Deactivate@COleClientItem@@QAEXXZ ?Deactivate@XPropertyPage@COlePropertyPage@@UAGJXZ
?DeactivateAndUndo@COleServerDoc@@QAEHXZ ?DeactivateAndUndo@XOleIPSite@COleClientItem@@UAGJXZ
?DeactivateAndUndo@XOleIPSite@COleControlSite@@UAGJXZ ?DeactivateUI@COleClientItem@@QAEXXZ
?Default@CDaoFieldExchange@@QAEXPBDPAXKK@Z ?Default@CFieldExchange@@QAEXPBDPAXPAJHII@Z
?Default@CWnd@@IAEJXZ ?DeflateRect@CRect@@QAEXHHHH@Z ?DeflateRect@CRect@@QAEXPBUtagRECT@@@Z
?DefWindowProcA@CMDIChildWnd@@MAEJIIJ@Z ?DefWindowProcA@CMDIFrameWnd@@MAEJIIJ@Z
?DefWindowProcA@COleControl@@MAEJIIJ@Z ?DefWindowProcA@CWnd@@MAEJIIJ@Z
?DelayRenderData@COleDataSource@@QAEXGPAUtagFORMATETC@@@Z
?DelayRenderFileData@COleDataSource@@QAEXGPAUtagFORMATETC@@@Z
?DelaySetData@COleDataSource@@QAEXGPAUtagFORMATETC@@@Z ?DelayShow@CControlBar@@UAEXH@Z
?DelayUpdateFrameMenu@CFrameWnd@@UAEXPAUHMENU__@@@Z
?DelayUpdateFrameMenu@CMDIFrameWnd@@UAEXPAUHMENU__@@@Z ?Delete@CDaoRecordset@@UAEXXZ
?Delete@CException@@QAEXXZ ?Delete@COleClientItem@@QAEXH@Z ?Delete@CRecordset@@UAEXXZ
?Delete@CWinThread@@UAEXXZ ?DeleteCacheValue@CDaoFieldExchange@@SGXPAUCDaoFieldCache@@K@Z
?DeleteColumn@CSplitterWnd@@UAEXH@Z ?DeleteContents@CDocument@@UAEXXZ
?DeleteContents@CEditView@@UAEXXZ ?DeleteContents@COleDocument@@UAEXXZ
?DeleteContents@COleServerDoc@@UAEXXZ ?DeleteContents@CRichEditDoc@@UAEXXZ
?DeleteContents@CRichEditView@@UAEXXZ ?DeleteDC@CDC@@QAEHXZ ?DeleteField@CDaoTableDef@@QAEXH@Z
?DeleteField@CDaoTableDef@@QAEXPBD@Z ?DeleteImageList@CImageList@@QAEHXZ
?DeleteIndex@CDaoTableDef@@QAEXH@Z ?DeleteIndex@CDaoTableDef@@QAEXPBD@Z
?DeleteItem@CComboBox@@UAEXPAUtagDELETEITEMSTRUCT@@@Z
?DeleteItem@CFontComboBox@@UAEXPAUtagDELETEITEMSTRUCT@@@Z
?DeleteItem@CListBox@@UAEXPAUtagDELETEITEMSTRUCT@@@Z ?DeleteObject@CGdiObject@@QAEHXZ
?DeleteObject@XRichEditOleCallback@CRichEditView@@UAGJPAUIOleObject@@@Z
?DeleteQueryDef@CDaoDatabase@@QAEXPBD@Z ?DeleteRelation@CDaoDatabase@@QAEXPBD@Z
?DeleteRow@CSplitterWnd@@UAEXH@Z ?DeleteTableDef@CDaoDatabase@@QAEXPBD@Z
?DeleteTemp@CHandleMap@@QAEXXZ ?DeleteTempMap@CDC@@SGXXZ ?DeleteTempMap@CGdiObject@@SGXXZ
?DeleteTempMap@CImageList@@SGXXZ ?DeleteTempMap@CMenu@@SGXXZ ?DeleteTempMap@CWnd@@SGXXZ
?DeleteUnmarkedItems@CRichEditDoc@@IBEXXZ
?DeleteValues@CThreadSlotData@@QAEXPAUCThreadData@@PAUHINSTANCE__@@@Z
?DeleteValues@CThreadSlotData@@QAEXPAUHINSTANCE__@@H@Z ?DeleteView@CSplitterWnd@@UAEXHH@Z
?DelRegTree@CWinApp@@QAEJPAUHKEY__@@ABVCString@@@Z ?DelTool@CToolTipCtrl@@QAEXPAVCWnd@@I@Z
?Destroy@COleSafeArray@@QAEXXZ ?DestroyControl@COleControlSite@@UAEHXZ
?DestroyData@COleSafeArray@@QAEXXZ ?DestroyDescriptor@COleSafeArray@@QAEXXZ
?DestroyDockBars@CFrameWnd@@QAEXXZ ?DestroyInPlaceFrame@COleServerDoc@@MAEXPAVCOleIPFrameWnd@@@Z
?DestroyMenu@CMenu@@QAEHXZ ?DestroySharedMenu@COleControl@@MAEXXZ
?DestroySharedMenu@COleDocIPFrameWnd@@MAEXXZ ?DestroySharedMenu@COleIPFrameWnd@@MAEXXZ
?DestroyToolTipCtrl@CToolTipCtrl@@QAEHXZ ?DestroyTracker@COleControl@@IAEXXZ
?DestroyWindow@CControlBar@@UAEHXZ ?DestroyWindow@CMDIChildWnd@@UAEHXZ ?DestroyWindow@CWnd@@UAEHXZ
?DestructElements@@YGXPAVCOleVariant@@H@Z ?DestructElements@@YGXPAVCString@@H@Z
?Detach@CAsyncSocket@@QAEIXZ ?Detach@CDC@@QAEPAUHDC__@@XZ ?Detach@CDialogTemplate@@QAEPAXXZ
?Detach@CGdiObject@@QAEPAXXZ ?Detach@CImageList@@QAEPAU_IMAGELIST@@XZ ?Detach@CMemFile@@QAEPAEXZ
?Detach@CMenu@@QAEPAUHMENU__@@XZ ?Detach@CMonikerFile@@QAEHPAVCFileException@@@Z
?Detach@COleDataObject@@QAEPAUIDataObject@@XZ ?Detach@COleSafeArray@@QAE?AUtagVARIANT@@XZ
?Detach@COleStreamFile@@QAEPAUIStream@@XZ ?Detach@COleVariant@@QAE?AUtagVARIANT@@XZ
?Detach@CSharedFile@@QAEPAXXZ ?Detach@CWindowlessDC@@QAEPAUHDC__@@XZ ?Detach@CWnd@@QAEPAUHWND__@@XZ
?DetachDispatch@COleDispatchDriver@@QAEPAUIDispatch@@XZ ?DetachHandle@CAsyncSocket@@SGXIH@Z
?DetachWindow@COleControlSite@@IAEXXZ ?DevModeChange@CWinApp@@QAEXPAD@Z
?DFX_Binary@@YGXPAVCDaoFieldExchange@@PBDAAVCByteArray@@HK@Z
?DFX_Bool@@YGXPAVCDaoFieldExchange@@PBDAAHK@Z ?DFX_Byte@@YGXPAVCDaoFieldExchange@@PBDAAEK@Z
?DFX_Currency@@YGXPAVCDaoFieldExchange@@PBDAAVCOleCurrency@@K@Z
?DFX_DateTime@@YGXPAVCDaoFieldExchange@@PBDAAVCOleDateTime@@K@Z
?DFX_Double@@YGXPAVCDaoFieldExchange@@PBDAANK@Z ?DFX_Long@@YGXPAVCDaoFieldExchange@@PBDAAJK@Z
?DFX_LongBinary@@YGXPAVCDaoFieldExchange@@PBDAAVCLongBinary@@KK@Z
?DFX_Short@@YGXPAVCDaoFieldExchange@@PBDAAFK@Z ?DFX_Single@@YGXPAVCDaoFieldExchange@@PBDAAMK@Z
?DFX_Text@@YGXPAVCDaoFieldExchange@@PBDAAVCString@@HK@Z
?DidEvent@XNotifyDBEvents@COleControlSite@@UAGJKKQAUtagDBNOTIFYREASON@@@Z
?DiscardUndoState@COleServerDoc@@QAEHXZ ?DiscardUndoState@XOleIPSite@COleClientItem@@UAGJXZ
?DiscardUndoState@XOleIPSite@COleControlSite@@UAGJXZ ?Disconnect@COleDispatchImpl@@UAEXXZ
?DisconnectSink@COleControlSite@@IAEXABU_GUID@@K@Z ?DisconnectViews@CDocument@@QAEXXZ
?dispatchMap@CCmdTarget@@1UAFX_DISPMAP@@B ?DispatchThreadMessage@CWinThread@@IAEXPAUtagMSG@@@Z
?DisplayError@COleControl@@UAEXJPBD00I@Z
?DoBeginPrinting@CDocObjectServer@@IAEXPAVCView@@PAVCDC@@PAUCPrintInfo@@@Z
?DoBulkFieldExchange@CRecordset@@UAEXPAVCFieldExchange@@@Z ?DoCallBack@CAsyncSocket@@SGXIJ@Z
?DoChangeIcon@COleChangeIconDialog@@QAEHPAVCOleClientItem@@@Z
?DockControlBar@CDockBar@@QAEXPAVCControlBar@@PBUtagRECT@@@Z
?DockControlBar@CFrameWnd@@QAEXPAVCControlBar@@IPBUtagRECT@@@Z
?DockControlBar@CFrameWnd@@QAEXPAVCControlBar@@PAVCDockBar@@PBUtagRECT@@@Z
?DoClick@COleControl@@QAEXXZ ?DoContextSensitiveHelp@COleFrameHook@@QAEHH@Z
?DoConvert@COleConvertDialog@@QAEHPAVCOleClientItem@@@Z
?DoDataExchange@CColorPropPage@@MAEXPAVCDataExchange@@@Z
?DoDataExchange@CFontPropPage@@MAEXPAVCDataExchange@@@Z
?DoDataExchange@CPicturePropPage@@MAEXPAVCDataExchange@@@Z
?DoDataExchange@CWnd@@MAEXPAVCDataExchange@@@Z
?DoDragDrop@COleClientItem@@QAEKPBUtagRECT@@VCPoint@@HK0@Z
?DoDragDrop@COleDataSource@@QAEKKPBUtagRECT@@PAVCOleDropSource@@@Z
?DoDragDrop@COleServerItem@@QAEKPBUtagRECT@@VCPoint@@HK0@Z ?DoEnableModeless@COleFrameHook@@QAEHH@Z
?DoEndPrinting@CDocObjectServer@@IAEXPAVCView@@PAVCDC@@PAUCPrintInfo@@@Z
?DoFieldExchange@CDaoRecordset@@UAEXPAVCDaoFieldExchange@@@Z
?DoFieldExchange@CRecordset@@UAEXPAVCFieldExchange@@@Z ?DoFileSave@CDocument@@UAEHXZ
?DoKeyboardSplit@CSplitterWnd@@UAEHXZ ?DoMessageBox@CWinApp@@UAEHPBDII@Z
?DoModal@CColorDialog@@UAEHXZ ?DoModal@CDialog@@UAEHXZ ?DoModal@CFileDialog@@UAEHXZ
?DoModal@CFontDialog@@UAEHXZ ?DoModal@COleBusyDialog@@UAEHXZ ?DoModal@COleChangeIconDialog@@UAEHXZ
?DoModal@COleChangeSourceDialog@@UAEHXZ ?DoModal@COleConvertDialog@@UAEHXZ
?DoModal@COleInsertDialog@@UAEHXZ ?DoModal@COleLinksDialog@@UAEHXZ
?DoModal@COlePasteSpecialDialog@@UAEHXZ ?DoModal@COlePropertiesDialog@@UAEHXZ
?DoModal@COleUpdateDialog@@UAEHXZ ?DoModal@CPageSetupDialog@@UAEHXZ ?DoModal@CPrintDialog@@UAEHXZ
?DoModal@CPropertySheet@@UAEHXZ ?DoOleVerb@CCmdTarget@@QAEHJPAUtagMSG@@PAUHWND__@@PBUtagRECT@@@Z
?DoPaint@CControlBar@@UAEXPAVCDC@@@Z ?DoPaint@CDockBar@@UAEXPAVCDC@@@Z
?DoPaste@CRichEditView@@QAEXAAVCOleDataObject@@GPAX@Z
?DoPrepareDC@CDocObjectServer@@IAEXPAVCView@@PAVCDC@@PAUCPrintInfo@@@Z
?DoPreparePrinting@CDocObjectServer@@IAEHPAVCView@@PAUCPrintInfo@@@Z
?DoPreparePrinting@CView@@QAEHPAUCPrintInfo@@@Z
?DoPrint@CDocObjectServer@@IAEXPAVCView@@PAVCDC@@PAUCPrintInfo@@@Z
?DoPrintDialog@CWinApp@@QAEHPAVCPrintDialog@@@Z
?DoPrintPreview@CView@@QAEHIPAV1@PAUCRuntimeClass@@PAUCPrintPreviewState@@@Z
?DoPromptFileName@CDocManager@@UAEHAAVCString@@IKHPAVCDocTemplate@@@Z
?DoPromptFileName@CWinApp@@QAEHAAVCString@@IKHPAVCDocTemplate@@@Z
?DoPropExchange@COleControl@@UAEXPAVCPropExchange@@@Z ?DoSave@CDocument@@UAEHPBDH@Z
?DoScroll@CSplitterWnd@@UAEHPAVCView@@IH@Z ?DoScrollBy@CSplitterWnd@@UAEHPAVCView@@VCSize@@H@Z
?DoSuperclassPaint@COleControl@@QAEXPAVCDC@@ABVCRect@@@Z ?DoUpdate@CCmdUI@@QAEHPAVCCmdTarget@@H@Z
?DoUpdate@COleCmdUI@@UAEHPAVCCmdTarget@@H@Z ?DoVerb@COleClientItem@@UAEHJPAVCView@@PAUtagMSG@@@Z
?DoVerb@COleControlSite@@UAEJJPAUtagMSG@@@Z
?DoVerb@XOleObject@CDocObjectServer@@UAGJJPAUtagMSG@@PAUIOleClientSite@@JPAUHWND__@@PBUtagRECT@@@Z
?DoVerb@XOleObject@COleControl@@UAGJJPAUtagMSG@@PAUIOleClientSite@@JPAUHWND__@@PBUtagRECT@@@Z
?DoVerb@XOleObject@COleServerDoc@@UAGJJPAUtagMSG@@PAUIOleClientSite@@JPAUHWND__@@PBUtagRECT@@@Z
?DoVerb@XOleObject@COleServerItem@@UAGJJPAUtagMSG@@PAUIOleClientSite@@JPAUHWND__@@PBUtagRECT@@@Z
?DoWaitCursor@CWinApp@@UAEXH@Z ?DoZoom@CPreviewView@@IAEXIVCPoint@@@Z
?DPtoHIMETRIC@CDC@@QBEXPAUtagSIZE@@@Z ?DPtoLP@CDC@@QBEXPAUtagSIZE@@@Z ?DragAcceptFiles@CWnd@@QAEXH@Z
?DragEnter@XDropTarget@COleDropTarget@@UAGJPAUIDataObject@@KU_POINTL@@PAK@Z
?Dragging@CDragListBox@@UAEIVCPoint@@@Z ?DragLeave@XDropTarget@COleDropTarget@@UAGJXZ
?DragOver@XDropTarget@COleDropTarget@@UAGJKU_POINTL@@PAK@Z
?Draw@COleClientItem@@QAEHPAVCDC@@PBUtagRECT@@W4tagDVASPECT@@@Z ?Draw@CRectTracker@@QBEXPAVCDC@@@Z
?Draw@XViewObject@COleControl@@UAGJKJPAXPAUtagDVTARGETDEVICE@@PAUHDC__@@2PBU_RECTL@@3P6GHK@ZK@Z
?Draw3dRect@CDC@@QAEXHHHHKK@Z ?Draw3dRect@CDC@@QAEXPBUtagRECT@@KK@Z
?DrawAllSplitBars@CSplitterWnd@@MAEXPAVCDC@@HH@Z ?DrawBorders@CControlBar@@QAEXPAVCDC@@AAVCRect@@@Z
?DrawContent@COleControl@@IAEXPAVCDC@@AAVCRect@@@Z
?DrawDragRect@CDC@@QAEXPBUtagRECT@@UtagSIZE@@01PAVCBrush@@2@Z ?DrawFocusRect@CDockContext@@QAEXH@Z
?DrawInsert@CDragListBox@@UAEXH@Z ?DrawItem@CBitmapButton@@MAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CButton@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CCheckListBox@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CColorButton@@MAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CComboBox@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CFontComboBox@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CHeaderCtrl@@UAEXPAUtagDRAWITEMSTRUCT@@@Z ?DrawItem@CListBox@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CListCtrl@@UAEXPAUtagDRAWITEMSTRUCT@@@Z ?DrawItem@CListView@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CMenu@@UAEXPAUtagDRAWITEMSTRUCT@@@Z ?DrawItem@CStatusBar@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CStatusBarCtrl@@UAEXPAUtagDRAWITEMSTRUCT@@@Z
?DrawItem@CTabCtrl@@UAEXPAUtagDRAWITEMSTRUCT@@@Z ?DrawMetafile@COleControl@@IAEXPAVCDC@@AAVCRect@@@Z
?DrawSingle@CDragListBox@@QAEXH@Z ?DrawTextA@CDC@@UAEHPBDHPAUtagRECT@@I@Z
?DrawTextA@CMetaFileDC@@UAEHPBDHPAUtagRECT@@I@Z ?DrawTextA@CPreviewDC@@UAEHPBDHPAUtagRECT@@I@Z
?DrawTrackerRect@CRectTracker@@UAEXPBUtagRECT@@PAVCWnd@@PAVCDC@@1@Z
?Drop@XDropTarget@COleDropTarget@@UAGJPAUIDataObject@@KU_POINTL@@PAK@Z
?Dropped@CDragListBox@@UAEXHVCPoint@@@Z ?Dump@CObject@@UBEXAAVCDumpContext@@@Z
?DUnadvise@XDataObject@COleControl@@UAGJK@Z ?DUnadvise@XDataObject@COleDataSource@@UAGJK@Z
?DUnadvise@XDataObject@COleServerDoc@@UAGJK@Z ?DUnadvise@XDataObject@COleServerItem@@UAGJK@Z
?Duplicate@CFile@@UBEPAV1@XZ ?Duplicate@CInternetFile@@UBEPAVCFile@@XZ
?Duplicate@CMemFile@@UBEPAVCFile@@XZ ?Duplicate@COleStreamFile@@UBEPAVCFile@@XZ
?Duplicate@CSocketFile@@UBEPAVCFile@@XZ ?Duplicate@CStdioFile@@UBEPAVCFile@@XZ
?dwStyleDefault@CEditView@@2KB ?Edit@CDaoRecordset@@UAEXXZ ?Edit@CRecordset@@UAEXXZ
?EditProperty@XPropertyPage@COlePropertyPage@@UAGJJ@Z
?EditStreamCallBack@CRichEditView@@SGKKPAEJPAJ@Z ?Empty@CDBException@@QAEXXZ
?Empty@COleDataSource@@QAEXXZ ?Empty@CString@@QAEXXZ ?Enable@CCheckListBox@@QAEXHH@Z
?Enable@CCmdUI@@UAEXH@Z ?Enable@COleCmdUI@@UAEXH@Z ?Enable@CStatusCmdUI@@UAEXH@Z
?Enable@CTestCmdUI@@UAEXH@Z ?Enable@CToolCmdUI@@UAEXH@Z ?Enable3dControls@CWinApp@@IAEHXZ
?EnableAggregation@CCmdTarget@@QAEXXZ ?EnableAutomation@CCmdTarget@@QAEXXZ
?EnableBookmarks@CRecordset@@IAEXXZ ?EnableConnections@CCmdTarget@@QAEXXZ
?EnableDocking@CControlBar@@QAEXK@Z ?EnableDocking@CFrameWnd@@QAEXK@Z
?EnableDSC@COleControlSite@@UAEXXZ ?EnableModeless@CWinApp@@QAEXH@Z
?EnableModeless@XOleInPlaceActiveObject@COleControl@@UAGJH@Z
?EnableModeless@XOleInPlaceActiveObject@COleServerDoc@@UAGJH@Z
?EnableModeless@XOleInPlaceFrame@COleFrameHook@@UAGJH@Z
?EnableModeless@XOleIPFrame@COleControlContainer@@UAGJH@Z ?EnableScrollBarCtrl@CWnd@@QAEXHH@Z
?EnableShellOpen@CWinApp@@IAEXXZ ?EnableSimpleFrame@COleControl@@QAEXXZ
?EnableStackedTabs@CPropertySheet@@QAEXH@Z ?EnableStatusCallback@CInternetSession@@QAEHH@Z
?EnableToolTips@CWnd@@QAEHH@Z ?EnableTypeLib@CCmdTarget@@QAEXXZ
?EnableWindow@COleControlSite@@UAEHH@Z ?EnableWindow@CWnd@@QAEHH@Z
?EndBusyState@COleMessageFilter@@UAEXXZ ?EndDeferErrors@COleLinkingDoc@@QAEJJ@Z
?EndDialog@CDialog@@QAEXH@Z ?EndDialog@CPropertySheet@@QAEXH@Z ?EndDrag@CDockContext@@QAEXXZ
?EndModalLoop@CWnd@@UAEXH@Z ?EndModalState@CFrameWnd@@UAEXXZ ?EndModalState@CWnd@@UAEXXZ
?EndResize@CDockContext@@QAEXXZ ?EndWaitCursor@CCmdTarget@@QAEXXZ
?EnsureClipboardObject@COleDataObject@@QAEXXZ
?EnumAdvise@XOleObject@CDocObjectServer@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumAdvise@XOleObject@COleControl@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumAdvise@XOleObject@COleServerDoc@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumAdvise@XOleObject@COleServerItem@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumCache@XOleCache@COleControl@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumChildProc@COlePropertyPage@@KGHPAUHWND__@@J@Z
?EnumConnectionPoints@COleConnPtContainer@@UAGJPAPAUIEnumConnectionPoints@@@Z
?EnumConnections@XConnPt@CConnectionPoint@@UAGJPAPAUIEnumConnections@@@Z
?EnumControls@COlePropertyPage@@KGHPAUHWND__@@J@Z
?EnumDAdvise@XDataObject@COleControl@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumDAdvise@XDataObject@COleDataSource@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumDAdvise@XDataObject@COleServerDoc@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumDAdvise@XDataObject@COleServerItem@@UAGJPAPAUIEnumSTATDATA@@@Z
?EnumFontFamiliesCallBack@CFontPropPage@@KGHPAUtagENUMLOGFONTA@@PAUtagNEWTEXTMETRICA@@HJ@Z
?EnumFontFamiliesCallBack2@CFontPropPage@@KGHPAUtagENUMLOGFONTA@@PAUtagNEWTEXTMETRICA@@HJ@Z
?EnumFormatEtc@XDataObject@COleControl@@UAGJKPAPAUIEnumFORMATETC@@@Z
?EnumFormatEtc@XDataObject@COleDataSource@@UAGJKPAPAUIEnumFORMATETC@@@Z
?EnumFormatEtc@XDataObject@COleServerDoc@@UAGJKPAPAUIEnumFORMATETC@@@Z
?EnumFormatEtc@XDataObject@COleServerItem@@UAGJKPAPAUIEnumFORMATETC@@@Z
?EnumObjects@XOleContainer@COleControlContainer@@UAGJKPAPAUIEnumUnknown@@@Z
?EnumObjects@XOleItemContainer@COleLinkingDoc@@UAGJKPAPAUIEnumUnknown@@@Z
?EnumOleVerbs@CCmdTarget@@QAEHPAPAUIEnumOLEVERB@@@Z
?EnumVerbs@XOleObject@CDocObjectServer@@UAGJPAPAUIEnumOLEVERB@@@Z
?EnumVerbs@XOleObject@COleControl@@UAGJPAPAUIEnumOLEVERB@@@Z
?EnumVerbs@XOleObject@COleServerDoc@@UAGJPAPAUIEnumOLEVERB@@@Z
?EnumVerbs@XOleObject@COleServerItem@@UAGJPAPAUIEnumOLEVERB@@@Z
?EnumViews@XOleDocument@CDocObjectServer@@UAGJPAPAUIEnumOleDocumentViews@@PAPAUIOleDocumentView@@@Z
?EraseNonClient@CControlBar@@QAEXXZ ?ErrnoToException@CFileException@@SGHH@Z
?ErrorDlg@CHttpFile@@QAEKPAVCWnd@@KKPAPAX@Z ?Escape@CDC@@UAEHHHPBDPAX@Z
?Escape@CMetaFileDC@@UAEHHHPBDPAX@Z ?Escape@CPreviewDC@@UAEHHHPBDPAX@Z
?eventMap@COleControl@@1UAFX_EVENTMAP@@B ?eventsinkMap@CCmdTarget@@1UAFX_EVENTSINKMAP@@B
?ExchangeBlobProp@CArchivePropExchange@@UAEHPBDPAPAXPAX@Z
?ExchangeBlobProp@CAsyncPropExchange@@UAEHPBDPAPAXPAX@Z
?ExchangeBlobProp@CPropbagPropExchange@@UAEHPBDPAPAXPAX@Z
?ExchangeBlobProp@CPropsetPropExchange@@UAEHPBDPAPAXPAX@Z
?ExchangeBlobProp@CResetPropExchange@@UAEHPBDPAPAXPAX@Z
?ExchangeExtent@COleControl@@QAEHPAVCPropExchange@@@Z
?ExchangeFontProp@CArchivePropExchange@@UAEHPBDAAVCFontHolder@@PBUtagFONTDESC@@PAUIFontDisp@@@Z
?ExchangeFontProp@CAsyncPropExchange@@UAEHPBDAAVCFontHolder@@PBUtagFONTDESC@@PAUIFontDisp@@@Z
?ExchangeFontProp@CPropbagPropExchange@@UAEHPBDAAVCFontHolder@@PBUtagFONTDESC@@PAUIFontDisp@@@Z
?ExchangeFontProp@CPropsetPropExchange@@UAEHPBDAAVCFontHolder@@PBUtagFONTDESC@@PAUIFontDisp@@@Z
?ExchangeFontProp@CResetPropExchange@@UAEHPBDAAVCFontHolder@@PBUtagFONTDESC@@PAUIFontDisp@@@Z
?ExchangePersistentProp@CArchivePropExchange@@UAEHPBDPAPAUIUnknown@@ABU_GUID@@PAU2@@Z
?ExchangePersistentProp@CAsyncPropExchange@@UAEHPBDPAPAUIUnknown@@ABU_GUID@@PAU2@@Z
?ExchangePersistentProp@CPropbagPropExchange@@UAEHPBDPAPAUIUnknown@@ABU_GUID@@PAU2@@Z
?ExchangePersistentProp@CPropsetPropExchange@@UAEHPBDPAPAUIUnknown@@ABU_GUID@@PAU2@@Z
?ExchangePersistentProp@CResetPropExchange@@UAEHPBDPAPAUIUnknown@@ABU_GUID@@PAU2@@Z
?ExchangeProp@CArchivePropExchange@@UAEHPBDGPAXPBX@Z
?ExchangeProp@CAsyncPropExchange@@UAEHPBDGPAXPBX@Z
?ExchangeProp@CPropbagPropExchange@@UAEHPBDGPAXPBX@Z
?ExchangeProp@CPropsetPropExchange@@UAEHPBDGPAXPBX@Z
?ExchangeProp@CResetPropExchange@@UAEHPBDGPAXPBX@Z
?ExchangeStockProps@COleControl@@QAEXPAVCPropExchange@@@Z
?ExchangeVersion@CAsyncPropExchange@@UAEHAAKKH@Z ?ExchangeVersion@CPropExchange@@UAEHAAKKH@Z
?ExcludeClipRect@CDC@@QAEHHHHH@Z ?ExcludeClipRect@CDC@@QAEHPBUtagRECT@@@Z
?Exec@XOleCommandTarget@CDocObjectServer@@UAGJPBU_GUID@@KKPAUtagVARIANT@@1@Z
?Execute@CDaoDatabase@@QAEXPBDH@Z ?Execute@CDaoQueryDef@@UAEXH@Z ?ExecuteDlgInit@CWnd@@QAEHPAX@Z
?ExecuteDlgInit@CWnd@@QAEHPBD@Z ?ExecuteSetPosUpdate@CRecordset@@IAEXXZ
?ExecuteSQL@CDatabase@@QAEXPBD@Z ?ExecuteUpdateSQL@CRecordset@@IAEXXZ
?ExitHelpMode@CFrameWnd@@UAEXXZ ?ExitInstance@COleControlModule@@UAEHXZ
?ExitInstance@CWinApp@@UAEHXZ ?ExitInstance@CWinThread@@UAEHXZ ?ExternalAddRef@CCmdTarget@@QAEKXZ
?ExternalDisconnect@CCmdTarget@@QAEXXZ ?ExternalQueryInterface@CCmdTarget@@QAEKPBXPAPAX@Z
?ExternalRelease@CCmdTarget@@QAEKXZ ?ExtTextOutA@CDC@@UAEHHHIPBUtagRECT@@PBDIPAH@Z
?ExtTextOutA@CMetaFileDC@@UAEHHHIPBUtagRECT@@PBDIPAH@Z
?ExtTextOutA@CPreviewDC@@UAEHHHIPBUtagRECT@@PBDIPAH@Z
?factory@CColorPropPage@@1VCColorPropPageFactory@1@A
?factory@CFontPropPage@@1VCFontPropPageFactory@1@A
?factory@CPicturePropPage@@1VCPicturePropPageFactory@1@A ?Fail@CDataExchange@@QAEXXZ
?FailedToDo@XNotifyDBEvents@COleControlSite@@UAGJKKQAUtagDBNOTIFYREASON@@@Z
?FetchData@CRecordset@@QAEFGJPAK@Z ?FillBuffer@CArchive@@QAEXI@Z
?FillCache@CDaoRecordset@@QAEXPAJPAVCOleVariant@@@Z
?FillDatabaseInfo@CDaoWorkspace@@IAEXPAUDAODatabase@@AAUCDaoDatabaseInfo@@K@Z
?FillErrorInfo@CDaoException@@IAEXXZ ?FillFacenameList@CFontPropPage@@IAEXXZ
?FillInLogFont@CFontDialog@@QAEKABU_charformat@@@Z
?FillInToolInfo@CToolTipCtrl@@QBEXAAUtagTOOLINFOA@@PAVCWnd@@I@Z
?FillOutsideRect@CScrollView@@QAEXPAVCDC@@PAVCBrush@@@Z
?FillParameterInfo@CDaoQueryDef@@IAEXPAUDAOParameter@@AAUCDaoParameterInfo@@K@Z
?FillPropnameList@CStockPropPage@@IAEXABU_GUID@@HAAVCComboBox@@@Z
?FillQueryDefInfo@CDaoDatabase@@IAEXPAU_DAOQueryDef@@AAUCDaoQueryDefInfo@@K@Z
?FillRelationInfo@CDaoDatabase@@IAEXPAU_DAORelation@@AAUCDaoRelationInfo@@K@Z
?FillSizeList@CFontPropPage@@IAEXXZ ?FillSolidRect@CDC@@QAEXHHHHK@Z
?FillSolidRect@CDC@@QAEXPBUtagRECT@@K@Z ?FillSysColors@CColorPropPage@@IAEXXZ
?FillTableDefInfo@CDaoDatabase@@IAEXPAU_DAOTableDef@@AAUCDaoTableDefInfo@@K@Z
?FillVariant@CDaoFieldExchange@@SGXPAXKPAPAVCOleVariant@@@Z
?FillWorkspaceInfo@CDaoWorkspace@@IAEXPAUDAOWorkspace@@AAUCDaoWorkspaceInfo@@K@Z
?FilterToolTipMessage@CWnd@@QAEXPAUtagMSG@@@Z ?Find@CDaoRecordset@@UAEHJPBD@Z
?Find@CObList@@QBEPAU__POSITION@@PAVCObject@@PAU2@@Z ?Find@CPtrList@@QBEPAU__POSITION@@PAXPAU2@@Z
?Find@CString@@QBEHD@Z ?Find@CString@@QBEHPBD@Z ?Find@CStringList@@QBEPAU__POSITION@@PBDPAU2@@Z
?FindAndSelect@CRichEditView@@QAEJKAAU_findtextexa@@@Z ?FindBar@CDockBar@@QAEHPAVCControlBar@@H@Z
?FindConnectionPoint@COleConnPtContainer@@UAGJABU_GUID@@PAPAUIConnectionPoint@@@Z
?FindDlgItem@@YAPAVCWnd@@PAV1@K@Z=_AfxBinaryCompatibleStubFunction ?FindFile@CFileFind@@UAEHPBDK@Z
?FindFile@CFtpFileFind@@UAEHPBDK@Z ?FindFile@CGopherFileFind@@UAEHAAVCGopherLocator@@PBDK@Z
?FindFile@CGopherFileFind@@UAEHPBDK@Z ?FindFirst@CDaoRecordset@@QAEHPBD@Z
?FindIndex@CObList@@QBEPAU__POSITION@@H@Z ?FindIndex@CPtrList@@QBEPAU__POSITION@@H@Z
?FindIndex@CStringList@@QBEPAU__POSITION@@H@Z
?FindItem@COleControlContainer@@UBEPAVCOleControlSite@@I@Z ?FindLast@CDaoRecordset@@QAEHPBD@Z
?FindNext@CDaoRecordset@@QAEHPBD@Z ?FindNextFileA@CFileFind@@UAEHXZ
?FindNextFileA@CFtpFileFind@@UAEHXZ ?FindNextFileA@CGopherFileFind@@UAEHXZ
?FindOneOf@CString@@QBEHPBD@Z ?FindPageRect@CPreviewView@@IAEHAAVCPoint@@AAI@Z
?FindPrev@CDaoRecordset@@QAEHPBD@Z ?FindSQLToken@CRecordset@@SGPBDPBD0@Z
?FindTextA@CEditView@@QAEHPBDHH@Z ?FindTextA@CRichEditView@@QAEHPAV_AFX_RICHEDIT_STATE@@@Z
?FindTextA@CRichEditView@@QAEHPBDHH@Z ?FindTextSimple@CRichEditView@@QAEHPAV_AFX_RICHEDIT_STATE@@@Z
?FindTextSimple@CRichEditView@@QAEHPBDHH@Z ?FinishCreate@COleClientItem@@MAEHJ@Z
?FireError@COleControl@@QAEXJPBDI@Z ?FireEvent@COleControl@@QAAXJPAEZZ
?FireEvent@XNotifyDBEvents@COleControlSite@@QAEJKKQAUtagDBNOTIFYREASON@@W4DSCSTATE@@@Z
?FireEventV@COleControl@@IAEXJPAEPAD@Z ?Fixup@CDaoRecordset@@IAEXXZ ?Fixups@CRecordset@@QAEXXZ
?FloatControlBar@CFrameWnd@@QAEXPAVCControlBar@@VCPoint@@K@Z ?Flush@CArchive@@QAEXXZ
?Flush@CDumpContext@@QAEXXZ ?Flush@CFile@@UAEXXZ ?Flush@CInternetFile@@UAEXXZ
?Flush@CMemFile@@UAEXXZ ?Flush@COleStreamFile@@UAEXXZ ?Flush@CSocketFile@@UAEXXZ
?Flush@CStdioFile@@UAEXXZ ?FlushClipboard@COleDataSource@@SGXXZ ?FlushResultSet@CRecordset@@QBEHXZ
?Format@COleCurrency@@QBE?AVCString@@KK@Z ?Format@COleDateTime@@QBE?AVCString@@I@Z
?Format@COleDateTime@@QBE?AVCString@@KK@Z ?Format@COleDateTime@@QBE?AVCString@@PBD@Z
?Format@COleDateTimeSpan@@QBE?AVCString@@I@Z ?Format@COleDateTimeSpan@@QBE?AVCString@@PBD@Z
?Format@CString@@QAAXIZZ ?Format@CString@@QAAXPBDZZ ?Format@CTime@@QBE?AVCString@@I@Z
?Format@CTime@@QBE?AVCString@@PBD@Z ?Format@CTimeSpan@@QBE?AVCString@@I@Z
?Format@CTimeSpan@@QBE?AVCString@@PBD@Z ?FormatGmt@CTime@@QBE?AVCString@@I@Z
?FormatGmt@CTime@@QBE?AVCString@@PBD@Z ?FormatMessageA@CString@@QAAXIZZ
?FormatMessageA@CString@@QAAXPBDZZ ?FormatV@CString@@QAEXPBDPAD@Z
?ForwardActivationMsg@COleControl@@IAEXPAUtagMSG@@@Z ?Free@CDatabase@@IAEXXZ
?Free@CMemFile@@MAEXPAE@Z ?Free@CSharedFile@@MAEXPAE@Z ?FreeAssoc@CMapPtrToPtr@@IAEXPAUCAssoc@1@@Z
?FreeAssoc@CMapPtrToWord@@IAEXPAUCAssoc@1@@Z ?FreeAssoc@CMapStringToOb@@IAEXPAUCAssoc@1@@Z
?FreeAssoc@CMapStringToPtr@@IAEXPAUCAssoc@1@@Z ?FreeAssoc@CMapStringToString@@IAEXPAUCAssoc@1@@Z
?FreeAssoc@CMapWordToOb@@IAEXPAUCAssoc@1@@Z ?FreeAssoc@CMapWordToPtr@@IAEXPAUCAssoc@1@@Z
?FreeCache@CDaoRecordset@@IAEXXZ ?FreeDataCache@CRecordset@@QAEXXZ ?FreeDataChain@CPlex@@QAEXXZ
?FreeExtra@CByteArray@@QAEXXZ ?FreeExtra@CDWordArray@@QAEXXZ ?FreeExtra@CObArray@@QAEXXZ
?FreeExtra@CPtrArray@@QAEXXZ ?FreeExtra@CString@@QAEXXZ ?FreeExtra@CStringArray@@QAEXXZ
?FreeExtra@CUIntArray@@QAEXXZ ?FreeExtra@CWordArray@@QAEXXZ ?FreeNode@CObList@@IAEXPAUCNode@1@@Z
?FreeNode@CPtrList@@IAEXPAUCNode@1@@Z ?FreeNode@CStringList@@IAEXPAUCNode@1@@Z
?FreeRowset@CRecordset@@IAEXXZ ?FreeSlot@CThreadSlotData@@QAEXH@Z ?FreeValue@CProperty@@AAEXXZ
?Freeze@XViewObject@COleControl@@UAGJKJPAXPAK@Z ?FreezeEvents@XOleControl@COleControl@@UAGJH@Z
?FreezeLink@COleClientItem@@UAEHXZ ?FromHandle@CDC@@SGPAV1@PAUHDC__@@@Z
?FromHandle@CGdiObject@@SGPAV1@PAX@Z ?FromHandle@CHandleMap@@QAEPAVCObject@@PAX@Z
?FromHandle@CImageList@@SGPAV1@PAU_IMAGELIST@@@Z ?FromHandle@CMenu@@SGPAV1@PAUHMENU__@@@Z
?FromHandle@CWnd@@SGPAV1@PAUHWND__@@@Z ?FromHandlePermanent@CImageList@@SGPAV1@PAU_IMAGELIST@@@Z
?FromHandlePermanent@CMenu@@SGPAV1@PAUHMENU__@@@Z ?FromHandlePermanent@CWnd@@SGPAV1@PAUHWND__@@@Z
?FromIDispatch@CCmdTarget@@SGPAV1@PAUIDispatch@@@Z ?Get@CProperty@@QAEPAXPAK@Z
?Get@CProperty@@QAEPAXXZ ?Get@CPropertySection@@QAEPAXK@Z ?Get@CPropertySection@@QAEPAXKPAK@Z
?Get@CPropertySet@@QAEPAXU_GUID@@K@Z ?Get@CPropertySet@@QAEPAXU_GUID@@KPAK@Z
?GetAbsolutePosition@CDaoRecordset@@QAEJXZ ?GetActivationPolicy@COleControl@@UAEKXZ
?GetActivationPolicy@XPointerInactive@COleControl@@UAGJPAK@Z
?GetActiveDocument@CFrameWnd@@UAEPAVCDocument@@XZ ?GetActiveFrame@CFrameWnd@@UAEPAV1@XZ
?GetActiveFrame@CMDIFrameWnd@@UAEPAVCFrameWnd@@XZ ?GetActiveIndex@CPropertySheet@@QBEHXZ
?GetActivePage@CPropertySheet@@QBEPAVCPropertyPage@@XZ
?GetActivePane@CSplitterWnd@@UAEPAVCWnd@@PAH0@Z ?GetActiveView@CFrameWnd@@QBEPAVCView@@XZ
?GetAdvise@XViewObject@COleControl@@UAGJPAK0PAPAUIAdviseSink@@@Z
?GetAmbientDispatchDriver@COleControl@@IAEPAVCOleDispatchDriver@@XZ
?GetAmbientProp@COleControlContainer@@UAEHPAVCOleControlSite@@JPAUtagVARIANT@@@Z
?GetAmbientProperty@COleControl@@QAEHJGPAX@Z ?GetAppearance@COleControl@@QAEFXZ
?GetAppRegistryKey@CWinApp@@QAEPAUHKEY__@@XZ ?GetAssocAt@CMapPtrToPtr@@IBEPAUCAssoc@1@PAXAAI@Z
?GetAssocAt@CMapPtrToWord@@IBEPAUCAssoc@1@PAXAAI@Z
?GetAssocAt@CMapStringToOb@@IBEPAUCAssoc@1@PBDAAI@Z
?GetAssocAt@CMapStringToPtr@@IBEPAUCAssoc@1@PBDAAI@Z
?GetAssocAt@CMapStringToString@@IBEPAUCAssoc@1@PBDAAI@Z
?GetAssocAt@CMapWordToOb@@IBEPAUCAssoc@1@GAAI@Z ?GetAssocAt@CMapWordToPtr@@IBEPAUCAssoc@1@GAAI@Z
?GetAt@CStringArray@@QBE?AVCString@@H@Z
?GetAttribute@CGopherConnection@@QAEHAAVCGopherLocator@@VCString@@AAV3@@Z
?GetAttributes@CDaoTableDef@@QAEJXZ ?GetBackColor@COleControl@@QAEKXZ
?GetBarInfo@CControlBar@@QAEXPAVCControlBarInfo@@@Z ?GetBarInfo@CDockBar@@QAEXPAVCControlBarInfo@@@Z
?GetBindInfo@CAsyncMonikerFile@@MBEKXZ ?GetBlob@CBlobProperty@@QAEPAXXZ
?GetBookmark@CDaoRecordset@@QAE?AVCOleVariant@@XZ ?GetBookmark@CRecordset@@QAEXAAVCDBVariant@@@Z
?GetBorder@XOleInPlaceFrame@COleFrameHook@@UAGJPAUtagRECT@@@Z
?GetBorder@XOleIPFrame@COleControlContainer@@UAGJPAUtagRECT@@@Z
?GetBorders@CStatusBarCtrl@@QBEHAAH00@Z ?GetBorderStyle@COleControl@@QAEFXZ
?GetBoundClientRow@CDataSourceControl@@QAEJXZ ?GetBoundFieldIndex@CRecordset@@QAEHPAX@Z
?GetBoundParamIndex@CRecordset@@QAEHPAX@Z ?GetBuffer@CString@@QAEPADH@Z
?GetBufferLength@CEditView@@QBEIXZ ?GetBufferPtr@CFile@@UAEIIIPAPAX0@Z
?GetBufferPtr@CMemFile@@UAEIIIPAPAX0@Z ?GetBufferSetLength@CString@@QAEPADH@Z
?GetButtonInfo@CToolBar@@QBEXHAAI0AAH@Z ?GetButtonStyle@CToolBar@@QBEIH@Z
?GetButtonText@CToolBar@@QBE?AVCString@@H@Z ?GetButtonText@CToolBar@@QBEXHAAVCString@@@Z
?GetByteOrder@CPropertySet@@QAEGXZ
?GetCachedExtent@COleClientItem@@QAEHPAUtagSIZE@@W4tagDVASPECT@@@Z
?GetCacheEntry@COleDataSource@@IAEPAUAFX_DATACACHE_ENTRY@@PAUtagFORMATETC@@W4tagDATADIR@@@Z
?GetCacheSize@CDaoRecordset@@QAEJXZ ?GetCacheStart@CDaoRecordset@@QAE?AVCOleVariant@@XZ
?GetCacheValue@CDaoFieldExchange@@SGPAUCDaoFieldCache@@PAVCDaoRecordset@@PAX@Z
?GetCanonicalFormatEtc@XDataObject@COleControl@@UAGJPAUtagFORMATETC@@0@Z
?GetCanonicalFormatEtc@XDataObject@COleDataSource@@UAGJPAUtagFORMATETC@@0@Z
?GetCanonicalFormatEtc@XDataObject@COleServerDoc@@UAGJPAUtagFORMATETC@@0@Z
?GetCanonicalFormatEtc@XDataObject@COleServerItem@@UAGJPAUtagFORMATETC@@0@Z
?GetCapture@COleControl@@QAEPAVCWnd@@XZ ?GetCharFormat@CFontDialog@@QBEXAAU_charformat@@@Z
?GetCharFormatSelection@CRichEditView@@QAEAAU_charformat@@XZ ?GetCheck@CCheckListBox@@QAEHH@Z
?GetCheckedRadioButton@CWnd@@QAEHHH@Z ?GetClassID@CBlobProperty@@UAGJPAU_GUID@@@Z
?GetClassID@CColorPropPage@@UAEJPAU_GUID@@@Z ?GetClassID@CFontPropPage@@UAEJPAU_GUID@@@Z
?GetClassID@COleClientItem@@QBEXPAU_GUID@@@Z ?GetClassID@CPicturePropPage@@UAEJPAU_GUID@@@Z
?GetClassID@CPropertySet@@QAE?AU_GUID@@XZ ?GetClassID@XPersistFile@COleLinkingDoc@@UAGJPAU_GUID@@@Z
?GetClassID@XPersistMemory@COleControl@@UAGJPAU_GUID@@@Z
?GetClassID@XPersistPropertyBag@COleControl@@UAGJPAU_GUID@@@Z
?GetClassID@XPersistStorage@COleControl@@UAGJPAU_GUID@@@Z
?GetClassID@XPersistStorage@COleServerDoc@@UAGJPAU_GUID@@@Z
?GetClassID@XPersistStreamInit@COleControl@@UAGJPAU_GUID@@@Z
?GetClassInfoA@XProvideClassInfo@COleControl@@UAGJPAPAUITypeInfo@@@Z
?GetClassObject@AFX_COM@@QAEJABU_GUID@@0PAPAX@Z ?GetClientOffset@COleControl@@UBEXPAJ0@Z
?GetClientRect@COleControl@@UBEXPAUtagRECT@@@Z
?GetClientSite@COleClientItem@@MAEPAUIOleClientSite@@XZ
?GetClientSite@COleControl@@QAEPAUIOleClientSite@@XZ
?GetClientSite@CRichEditCntrItem@@UAEPAUIOleClientSite@@XZ
?GetClientSite@XOleObject@CDocObjectServer@@UAGJPAPAUIOleClientSite@@@Z
?GetClientSite@XOleObject@COleControl@@UAGJPAPAUIOleClientSite@@@Z
?GetClientSite@XOleObject@COleServerDoc@@UAGJPAPAUIOleClientSite@@@Z
?GetClientSite@XOleObject@COleServerItem@@UAGJPAPAUIOleClientSite@@@Z
?GetClipboardData@COleClientItem@@QAEXPAVCOleDataSource@@HPAUtagPOINT@@PAUtagSIZE@@@Z
?GetClipboardData@COleServerItem@@QAEXPAVCOleDataSource@@HPAUtagPOINT@@PAUtagSIZE@@@Z
?GetClipboardData@CRichEditView@@MAEJPAU_charrange@@KPAUIDataObject@@PAPAU3@@Z
?GetClipboardData@XOleObject@CDocObjectServer@@UAGJKPAPAUIDataObject@@@Z
?GetClipboardData@XOleObject@COleControl@@UAGJKPAPAUIDataObject@@@Z
?GetClipboardData@XOleObject@COleServerDoc@@UAGJKPAPAUIDataObject@@@Z
?GetClipboardData@XOleObject@COleServerItem@@UAGJKPAPAUIDataObject@@@Z
?GetClipboardData@XRichEditOleCallback@CRichEditView@@UAGJPAU_charrange@@KPAPAUIDataObject@@@Z
?GetClipboardOwner@COleDataSource@@SGPAV1@XZ ?GetClipBox@CDC@@UBEHPAUtagRECT@@@Z
?GetClipBox@CMetaFileDC@@UBEHPAUtagRECT@@@Z
?GetColorProp@CColorPropPage@@IAEHPAVCDataExchange@@PAKPBD@Z
?GetColorSet@XViewObject@COleControl@@UAGJKJPAXPAUtagDVTARGETDEVICE@@PAUHDC__@@PAPAUtagLOGPALETTE@@@Z
?GetColumnInfo@CSplitterWnd@@QBEXHAAH0@Z ?GetCommandMap@CCmdTarget@@MBEPBUAFX_OLECMDMAP@@XZ
?GetConnect@CDaoDatabase@@QAE?AVCString@@XZ ?GetConnect@CDaoQueryDef@@QAE?AVCString@@XZ
?GetConnect@CDaoTableDef@@QAE?AVCString@@XZ ?GetConnectInfo@CDatabase@@IAEXXZ
?GetConnectionCount@CConnectionPoint@@QAEHXZ
?GetConnectionHook@CCmdTarget@@MAEPAUIConnectionPoint@@ABU_GUID@@@Z
?GetConnectionHook@COleControl@@MAEPAUIConnectionPoint@@ABU_GUID@@@Z
?GetConnectionInterface@XConnPt@CConnectionPoint@@UAGJPAU_GUID@@@Z
?GetConnectionMap@CCmdTarget@@MBEPBUAFX_CONNECTIONMAP@@XZ
?GetConnectionMap@COleControl@@MBEPBUAFX_CONNECTIONMAP@@XZ
?GetConnectionPointContainer@XConnPt@CConnectionPoint@@UAGJPAPAUIConnectionPointContainer@@@Z
?GetConnections@CConnectionPoint@@QAEPBVCPtrArray@@XZ
?GetContainer@CConnectionPoint@@UAEPAUIConnectionPointContainer@@XZ
?GetContainer@COleDocument@@UAEPAUIOleItemContainer@@XZ
?GetContainer@COleLinkingDoc@@UAEPAUIOleItemContainer@@XZ
?GetContainer@XOleClientSite@COleClientItem@@UAGJPAPAUIOleContainer@@@Z
?GetContainer@XOleClientSite@COleControlSite@@UAGJPAPAUIOleContainer@@@Z
?GetContentExtent@XQuickActivate@COleControl@@UAGJPAUtagSIZE@@@Z
?GetContextMenu@CRichEditView@@MAEPAUHMENU__@@GPAUIOleObject@@PAU_charrange@@@Z
?GetContextMenu@XRichEditOleCallback@CRichEditView@@UAGJGPAUIOleObject@@PAU_charrange@@PAPAUHMENU__@@@Z
?GetControlBar@CFrameWnd@@QAEPAVCControlBar@@I@Z ?GetControlFlags@COleControl@@UAEKXZ
?GetControlInfo@COleControlSite@@QAEXXZ
?GetControlInfo@XOleControl@COleControl@@UAGJPAUtagCONTROLINFO@@@Z
?GetControllingFrame@CDocObjectServer@@QBEPAVCOleDocIPFrameWnd@@XZ
?GetControllingUnknown@CCmdTarget@@QAEPAUIUnknown@@XZ ?GetControlSize@COleControl@@QAEXPAH0@Z
?GetControlStatus@COlePropertyPage@@QAEHI@Z ?GetControlUnknown@CWnd@@QAEPAUIUnknown@@XZ
?GetConvertInfo@XOleUIObjInfo@COlePropertiesDialog@@UAGJKPAU_GUID@@PAG0PAPAU3@PAI@Z
?GetCopies@CPrintDialog@@QBEHXZ ?GetCount@CPropertySection@@QAEKXZ ?GetCount@CPropertySet@@QAEKXZ
?GetCreationTime@CFileFind@@UBEHAAVCTime@@@Z ?GetCreationTime@CFileFind@@UBEHPAU_FILETIME@@@Z
?GetCreationTime@CGopherFileFind@@UBEHAAVCTime@@@Z
?GetCreationTime@CGopherFileFind@@UBEHPAU_FILETIME@@@Z
?GetCurFile@XPersistFile@COleLinkingDoc@@UAGJPAPAG@Z
?GetCurrentDirectoryA@CFtpConnection@@QBEHAAVCString@@@Z
?GetCurrentDirectoryA@CFtpConnection@@QBEHPADPAK@Z
?GetCurrentDirectoryAsURL@CFtpConnection@@QBEHAAVCString@@@Z
?GetCurrentDirectoryAsURL@CFtpConnection@@QBEHPADPAK@Z
?GetCurrentFont@CFontDialog@@QAEXPAUtagLOGFONTA@@@Z
?GetCurrentIndex@CDaoRecordset@@QAE?AVCString@@XZ ?GetCurrentMessage@CWnd@@KGPBUtagMSG@@XZ
?GetCurrentName@CFontComboBox@@QAE?AVCString@@XZ
?GetCursor@CDataBoundProperty@@QAEPAUICursor@@XZ=?GetCursor@CDataBoundProperty@@QAEPAUIUnknown@@XZ
?GetCursor@CDataSourceControl@@UAEPAUICursor@@XZ=?GetCursor@CDataSourceControl@@UAEPAUIUnknown@@XZ
?GetCursor@COleControlSite@@IAEJJPAPAUICursor@@PAPAX@Z=?GetCursor@COleControlSite@@IAEJJPAPAUIUnknown@@PAPAX@Z
?GetCursor@XBoundObjectSite@COleControlSite@@UAGJJPAPAUICursor@@PAPAX@Z
?GetData@COleDataObject@@QAEHGPAUtagSTGMEDIUM@@PAUtagFORMATETC@@@Z
?GetData@CProcessLocalObject@@QAEPAVCNoTrackObject@@P6GPAV2@XZ@Z
?GetData@CRecordset@@SGJPAVCDatabase@@PAXFF1HF@Z
?GetData@CThreadLocalObject@@QAEPAVCNoTrackObject@@P6GPAV2@XZ@Z
?GetData@XDataObject@COleControl@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetData@XDataObject@COleDataSource@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetData@XDataObject@COleServerDoc@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetData@XDataObject@COleServerItem@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetDataAndFixupNulls@CDaoRecordset@@QAEXXZ ?GetDatabaseCount@CDaoWorkspace@@QAEFXZ
?GetDatabaseInfo@CDaoWorkspace@@QAEXHAAUCDaoDatabaseInfo@@K@Z
?GetDatabaseInfo@CDaoWorkspace@@QAEXPBDAAUCDaoDatabaseInfo@@K@Z
?GetDatabaseName@CDatabase@@QBE?AVCString@@XZ
?GetDataBuffer@CRecordset@@SGPAXAAVCDBVariant@@FPAHFK@Z
?GetDataHere@XDataObject@COleControl@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetDataHere@XDataObject@COleDataSource@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetDataHere@XDataObject@COleServerDoc@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetDataHere@XDataObject@COleServerItem@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetDataNA@CThreadLocalObject@@QAEPAVCNoTrackObject@@XZ
?GetDataObject@COleServerItem@@QAEPAUIDataObject@@XZ
?GetDataSource@COleControl@@IAEPAVCControlDataSource@1@XZ
?GetDateCreated@CDaoQueryDef@@QAE?AVCOleDateTime@@XZ
?GetDateCreated@CDaoRecordset@@QAE?AVCOleDateTime@@XZ
?GetDateCreated@CDaoTableDef@@QAE?AVCOleDateTime@@XZ
?GetDateLastUpdated@CDaoQueryDef@@QAE?AVCOleDateTime@@XZ
?GetDateLastUpdated@CDaoRecordset@@QAE?AVCOleDateTime@@XZ
?GetDateLastUpdated@CDaoTableDef@@QAE?AVCOleDateTime@@XZ ?GetDay@COleDateTime@@QBEHXZ
?GetDayOfWeek@COleDateTime@@QBEHXZ ?GetDayOfYear@COleDateTime@@QBEHXZ
?GetDC@COleControl@@QAEPAVCDC@@PBUtagRECT@@K@Z ?GetDefaultAccelerator@CDocument@@UAEPAUHACCEL__@@XZ
?GetDefaultAccelerator@CFrameWnd@@UAEPAUHACCEL__@@XZ
?GetDefaultAccelerator@COleServerDoc@@MAEPAUHACCEL__@@XZ
?GetDefaultCharFormat@CRichEditCtrl@@QBEKAAU_charformat@@@Z
?GetDefaultConnect@CRecordset@@UAE?AVCString@@XZ ?GetDefaultDBName@CDaoRecordset@@UAE?AVCString@@XZ
?GetDefaultFieldType@CRecordset@@SGFF@Z ?GetDefaultMenu@CDocument@@UAEPAUHMENU__@@XZ
?GetDefaultMenu@COleServerDoc@@MAEPAUHMENU__@@XZ ?GetDefaults@CPrintDialog@@QAEHXZ
?GetDefaultSQL@CDaoRecordset@@UAE?AVCString@@XZ ?GetDefaultSQL@CRecordset@@UAE?AVCString@@XZ
?GetDefBtnCode@COccManager@@SAKPAVCWnd@@@Z ?GetDefBtnCode@COleControlSite@@QAEKXZ
?GetDescendantWindow@CWnd@@SGPAV1@PAUHWND__@@HH@Z ?GetDeviceName@CPageSetupDialog@@QBE?AVCString@@XZ
?GetDeviceName@CPrintDialog@@QBE?AVCString@@XZ
?GetDeviceScrollPosition@CScrollView@@QBE?AVCPoint@@XZ
?GetDeviceScrollSizes@CScrollView@@QBEXAAHAAUtagSIZE@@11@Z
?GetDevMode@CPageSetupDialog@@QBEPAU_devicemodeA@@XZ
?GetDevMode@CPrintDialog@@QBEPAU_devicemodeA@@XZ ?GetDispatchIID@CCmdTarget@@UAEHPAU_GUID@@@Z
?GetDispatchIID@COleControl@@MAEHPAU_GUID@@@Z ?GetDispatchMap@CCmdTarget@@MBEPBUAFX_DISPMAP@@XZ
?GetDispatchMap@COleControlContainer@@MBEPBUAFX_DISPMAP@@XZ
?GetDispEntry@CCmdTarget@@IAGPBUAFX_DISPMAP_ENTRY@@J@Z
?GetDisplayName@CRecentFileList@@QBEHAAVCString@@HPBDHH@Z
?GetDisplayString@CFontHolder@@QAEHAAVCString@@@Z
?GetDisplayString@CPictureHolder@@QAEHAAVCString@@@Z
?GetDisplayString@XPerPropertyBrowsing@COleControl@@UAGJJPAPAG@Z
?GetDlgCtrlID@COleControlSite@@UBEHXZ ?GetDlgCtrlID@CWnd@@QBEHXZ
?GetDlgItem@COleControlContainer@@UBEPAVCWnd@@H@Z
?GetDlgItem@COleControlContainer@@UBEXHPAPAUHWND__@@@Z ?GetDlgItem@CWnd@@QBEPAV1@H@Z
?GetDlgItem@CWnd@@QBEXHPAPAUHWND__@@@Z ?GetDlgItemInt@COleControlContainer@@UBEIHPAHH@Z
?GetDlgItemInt@CWnd@@QBEIHPAHH@Z ?GetDlgItemTextA@COleControlContainer@@UBEHHPADH@Z
?GetDlgItemTextA@CWnd@@QBEHHAAVCString@@@Z ?GetDlgItemTextA@CWnd@@QBEHHPADH@Z
?GetDockBar@CDockContext@@QAEPAVCDockBar@@K@Z ?GetDockedControlBar@CDockBar@@IBEPAVCControlBar@@H@Z
?GetDockedCount@CDockBar@@QBEHXZ ?GetDockedVisibleCount@CDockBar@@UBEHXZ
?GetDockingFrame@CControlBar@@QBEPAVCFrameWnd@@XZ ?GetDockState@CFrameWnd@@QBEXAAVCDockState@@@Z
?GetDocMiscStatus@XOleDocument@CDocObjectServer@@UAGJPAK@Z
?GetDocObjectServer@COleServerDoc@@MAEPAVCDocObjectServer@@PAUIOleDocumentSite@@@Z
?GetDocString@CDocTemplate@@UBEHAAVCString@@W4DocStringIndex@1@@Z
?GetDocument@XOleDocumentView@CDocObjectServer@@UAGJPAPAUIUnknown@@@Z
?GetDragDropEffect@XRichEditOleCallback@CRichEditView@@UAGJHKPAK@Z
?GetDriverName@CPageSetupDialog@@QBE?AVCString@@XZ ?GetDriverName@CPrintDialog@@QBE?AVCString@@XZ
?GetDropTarget@XOleInPlaceObject@COleControl@@UAGJPAPAUIDropTarget@@@Z
?GetDSCCursor@CWnd@@QAEPAUIUnknown@@XZ ?GetEditMode@CDaoRecordset@@QAEFXZ
?GetElement@COleSafeArray@@QAEXPAJPAX@Z ?GetEmbeddedItem@COleServerDoc@@QAEPAVCOleServerItem@@XZ
?GetEmbeddedItemData@COleClientItem@@IAEXPAUtagSTGMEDIUM@@@Z
?GetEmbedSourceData@COleServerItem@@QAEXPAUtagSTGMEDIUM@@@Z ?GetEnabled@COleControl@@QAEHXZ
?GetEntryCount@CCmdTarget@@KGIPBUAFX_DISPMAP@@@Z ?GetErrorCount@CDaoException@@QAEFXZ
?GetErrorInfo@CDaoException@@QAEXH@Z ?GetErrorMessage@CArchiveException@@UAEHPADIPAI@Z
?GetErrorMessage@CDaoException@@UAEHPADIPAI@Z ?GetErrorMessage@CDBException@@UAEHPADIPAI@Z
?GetErrorMessage@CException@@UAEHPADIPAI@Z ?GetErrorMessage@CFileException@@UAEHPADIPAI@Z
?GetErrorMessage@CInternetException@@UAEHPADIPAI@Z
?GetErrorMessage@COleDispatchException@@UAEHPADIPAI@Z ?GetErrorMessage@COleException@@UAEHPADIPAI@Z
?GetErrorMessage@CSimpleException@@UAEHPADIPAI@Z ?GetEventIID@COleControlSite@@QAEHPAU_GUID@@@Z
?GetEventMap@COleControl@@MBEPBUAFX_EVENTMAP@@XZ
?GetEventMapEntry@COleControl@@IBEPBUAFX_EVENTMAP_ENTRY@@PBDPAJ@Z
?GetEventSinkEntry@CCmdTarget@@IAGPBUAFX_EVENTSINKMAP_ENTRY@@IPAUAFX_EVENT@@@Z
?GetEventSinkMap@CCmdTarget@@MBEPBUAFX_EVENTSINKMAP@@XZ ?GetExStyle@COleControlSite@@UBEKXZ
?GetExStyle@CWnd@@QBEKXZ ?GetExtendedControl@COleControl@@QAEPAUIDispatch@@XZ
?GetExtendedControl@XOleControlSite@COleControlSite@@UAGJPAPAUIDispatch@@@Z
?GetExtent@COleClientItem@@QAEHPAUtagSIZE@@W4tagDVASPECT@@@Z
?GetExtent@XOleObject@CDocObjectServer@@UAGJKPAUtagSIZE@@@Z
?GetExtent@XOleObject@COleControl@@UAGJKPAUtagSIZE@@@Z
?GetExtent@XOleObject@COleServerDoc@@UAGJKPAUtagSIZE@@@Z
?GetExtent@XOleObject@COleServerItem@@UAGJKPAUtagSIZE@@@Z
?GetExtent@XViewObject@COleControl@@UAGJKJPAUtagDVTARGETDEVICE@@PAUtagSIZE@@@Z
?GetExtraConnectionPoints@CCmdTarget@@MAEHPAVCPtrArray@@@Z
?GetExtraConnectionPoints@COleControl@@MAEHPAVCPtrArray@@@Z
?GetFaceName@CFontDialog@@QBE?AVCString@@XZ ?GetFieldCount@CDaoQueryDef@@QAEFXZ
?GetFieldCount@CDaoRecordset@@QAEFXZ ?GetFieldCount@CDaoTableDef@@QAEFXZ
?GetFieldIndex@CDaoRecordset@@IAEHPAX@Z ?GetFieldIndexByName@CRecordset@@QAEFPBD@Z
?GetFieldInfo@CDaoQueryDef@@QAEXHAAUCDaoFieldInfo@@K@Z
?GetFieldInfo@CDaoQueryDef@@QAEXPBDAAUCDaoFieldInfo@@K@Z
?GetFieldInfo@CDaoRecordset@@QAEXHAAUCDaoFieldInfo@@K@Z
?GetFieldInfo@CDaoRecordset@@QAEXPBDAAUCDaoFieldInfo@@K@Z
?GetFieldInfo@CDaoTableDef@@QAEXHAAUCDaoFieldInfo@@K@Z
?GetFieldInfo@CDaoTableDef@@QAEXPBDAAUCDaoFieldInfo@@K@Z ?GetFieldLength@CDaoRecordset@@QAEKH@Z
?GetFieldLengthBuffer@CRecordset@@QAEPAJKH@Z ?GetFieldStatus@CRecordset@@QAEEK@Z
?GetFieldValue@CDaoRecordset@@UAE?AVCOleVariant@@H@Z
?GetFieldValue@CDaoRecordset@@UAE?AVCOleVariant@@PBD@Z
?GetFieldValue@CDaoRecordset@@UAEXHAAVCOleVariant@@@Z
?GetFieldValue@CDaoRecordset@@UAEXPBDAAVCOleVariant@@@Z
?GetFieldValue@CRecordset@@QAEXFAAVCDBVariant@@F@Z ?GetFieldValue@CRecordset@@QAEXFAAVCString@@@Z
?GetFieldValue@CRecordset@@QAEXPBDAAVCDBVariant@@F@Z
?GetFieldValue@CRecordset@@QAEXPBDAAVCString@@@Z
?GetFile@CDocument@@UAEPAVCFile@@PBDIPAVCFileException@@@Z ?GetFile@CFtpConnection@@QAEHPBD0HKKK@Z
?GetFileData@COleDataObject@@QAEPAVCFile@@GPAUtagFORMATETC@@@Z
?GetFileExt@CFileDialog@@QBE?AVCString@@XZ ?GetFileName@CFile@@UBE?AVCString@@XZ
?GetFileName@CFileDialog@@QBE?AVCString@@XZ ?GetFileName@CFileFind@@UBE?AVCString@@XZ
?GetFileName@CGopherFileFind@@UBE?AVCString@@XZ ?GetFilePath@CFile@@UBE?AVCString@@XZ
?GetFilePath@CFileFind@@UBE?AVCString@@XZ ?GetFilePath@CGopherFileFind@@UBE?AVCString@@XZ
?GetFileTitle@CFile@@UBE?AVCString@@XZ ?GetFileTitle@CFileDialog@@QBE?AVCString@@XZ
?GetFileTitle@CFileFind@@UBE?AVCString@@XZ ?GetFileTitle@CGopherFileFind@@UBE?AVCString@@XZ
?GetFileTypeString@COleServerDoc@@MAEHAAVCString@@@Z ?GetFileURL@CFileFind@@UBE?AVCString@@XZ
?GetFileURL@CFtpFileFind@@UBE?AVCString@@XZ ?GetFileURL@CGopherFileFind@@UBE?AVCString@@XZ
?GetFileURL@CHttpFile@@UBE?AVCString@@XZ ?GetFindString@CFindReplaceDialog@@QBE?AVCString@@XZ
?GetFirstDocPosition@CMultiDocTemplate@@UBEPAU__POSITION@@XZ
?GetFirstDocPosition@CSingleDocTemplate@@UBEPAU__POSITION@@XZ
?GetFirstDocTemplatePosition@CDocManager@@UBEPAU__POSITION@@XZ
?GetFirstDocTemplatePosition@CWinApp@@QBEPAU__POSITION@@XZ
?GetFirstFrame@COleDocument@@QAEPAVCFrameWnd@@XZ
?GetFirstViewPosition@CDocument@@UBEPAU__POSITION@@XZ ?GetFocus@COleControl@@QAEPAVCWnd@@XZ
?GetFolderPath@CFileDialog@@QBE?AVCString@@XZ ?GetFont@CDialogTemplate@@QBEHAAVCString@@AAG@Z
?GetFont@CDialogTemplate@@SAHPBUDLGTEMPLATE@@AAVCString@@AAG@Z
?GetFont@COleControl@@QAEPAUIFontDisp@@XZ ?GetFontDispatch@CFontHolder@@QAEPAUIFontDisp@@XZ
?GetFontHandle@CFontHolder@@QAEPAUHFONT__@@JJ@Z ?GetFontHandle@CFontHolder@@QAEPAUHFONT__@@XZ
?GetFontItem@CFontComboBox@@QAEPAUFONTITEM_PPG@@H@Z
?GetFontProps@CFontPropPage@@IAEHPAVCDataExchange@@PAUtagFONTOBJECT@@PBDPAUtagMERGEOBJECT@@@Z
?GetFontSizeField@CDialogTemplate@@KAPAEPBUDLGTEMPLATE@@@Z
?GetFontTextMetrics@COleControl@@QAEXPAUtagTEXTMETRICA@@AAVCFontHolder@@@Z
?GetFontType@CFontComboBox@@QAEKH@Z ?GetForeColor@COleControl@@QAEKXZ
?GetFormatID@CPropertySection@@QAE?AU_GUID@@XZ ?GetFormatVersion@CPropertySet@@QAEGXZ
?GetFtpConnection@CInternetSession@@QAEPAVCFtpConnection@@PBD00GH@Z
?GetGlobalData@COleDataObject@@QAEPAXGPAUtagFORMATETC@@@Z ?GetGmtTm@CTime@@QBEPAUtm@@PAU2@@Z
?GetGopherConnection@CInternetSession@@QAEPAVCGopherConnection@@PBD00G@Z
?GetGUID@XProvideClassInfo@COleControl@@UAGJKPAU_GUID@@@Z ?GetHalftoneBrush@CDC@@SGPAVCBrush@@XZ
?GetHandleMask@CRectTracker@@UBEIXZ ?GetHandleRect@CRectTracker@@IBEXHPAVCRect@@@Z
?GetHandleSize@CRectTracker@@MBEHPBUtagRECT@@@Z ?GetHeight@CSizeComboBox@@QAEJH@Z
?GetHitRect@CSplitterWnd@@MAEXHAAVCRect@@@Z ?GetHotKey@CHotKeyCtrl@@QBEXAAG0@Z
?GetHour@COleDateTime@@QBEHXZ ?GetHours@COleDateTimeSpan@@QBEJXZ
?GetHttpConnection@CInternetSession@@QAEPAVCHttpConnection@@PBDG00@Z ?GetHwnd@COleControl@@QAEIXZ
?GetIconicMetafile@COleClientItem@@QAEPAXXZ ?GetIconWndClass@CFrameWnd@@IAEPBDKI@Z
?GetID@COleControlSite@@QAEIXZ ?GetID@CProperty@@QAEKXZ ?GetID@CPropertySection@@QAEHPBDPAK@Z
?GetIDataObject@COleDataObject@@QAEPAUIDataObject@@H@Z
?GetIDispatch@CCmdTarget@@QAEPAUIDispatch@@H@Z
?GetIDsOfNames@COleDispatchImpl@@UAGJABU_GUID@@PAPAGIKPAJ@Z
?GetIDsOfNames@XAmbientProps@COleControlSite@@UAGJABU_GUID@@PAPAGIKPAJ@Z
?GetIDsOfNames@XEventSink@COleControlSite@@UAGJABU_GUID@@PAPAGIKPAJ@Z
?GetIID@XEventConnPt@COleControl@@UAEABU_GUID@@XZ ?GetIID@XPropConnPt@COleControl@@UAEABU_GUID@@XZ
?GetIndexCount@CDaoRecordset@@QAEFXZ ?GetIndexCount@CDaoTableDef@@QAEFXZ
?GetIndexInfo@CDaoRecordset@@QAEXHAAUCDaoIndexInfo@@K@Z
?GetIndexInfo@CDaoRecordset@@QAEXPBDAAUCDaoIndexInfo@@K@Z
?GetIndexInfo@CDaoTableDef@@QAEXHAAUCDaoIndexInfo@@K@Z
?GetIndexInfo@CDaoTableDef@@QAEXPBDAAUCDaoIndexInfo@@K@Z ?GetIniPath@CDaoWorkspace@@SG?AVCString@@XZ
?GetInPlaceActiveItem@COleDocument@@UAEPAVCOleClientItem@@PAVCWnd@@@Z
?GetInPlaceActiveItem@CRichEditDoc@@UAEPAVCOleClientItem@@PAVCWnd@@@Z
?GetInPlaceActiveItem@CRichEditView@@QBEPAVCRichEditCntrItem@@XZ
?GetInPlaceContext@XRichEditOleCallback@CRichEditView@@UAGJPAPAUIOleInPlaceFrame@@PAPAUIOleInPlaceUIWindow@@PAUtagOIFI@@@Z
?GetInPlaceMenu@COleIPFrameWnd@@MAEPAUHMENU__@@XZ
?GetInPlaceSite@XOleDocumentView@CDocObjectServer@@UAGJPAPAUIOleInPlaceSite@@@Z
?GetInPlaceWindow@COleClientItem@@QAEPAVCWnd@@XZ ?GetInsideRect@CSplitterWnd@@MBEXAAVCRect@@@Z
?GetInterface@CCmdTarget@@QAEPAUIUnknown@@PBX@Z ?GetInterfaceHook@CCmdTarget@@UAEPAUIUnknown@@PBX@Z
?GetInterfaceHook@COleControl@@MAEPAUIUnknown@@PBX@Z
?GetInterfaceHook@COleServerDoc@@MAEPAUIUnknown@@PBX@Z
?GetInterfaceMap@CCmdTarget@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@CDocObjectServer@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@CEnumConnPoints@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@CEnumFormatEtc@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@CEnumOleVerb@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@CEnumUnknown@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleClientItem@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleControl@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleControlContainer@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleControlSite@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleDataSource@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleDropSource@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleDropTarget@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleFrameHook@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleLinkingDoc@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleMessageFilter@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleObjectFactory@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COlePropertyPage@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleServerDoc@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@COleServerItem@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetInterfaceMap@CRichEditView@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetIRichEditOle@CRichEditCtrl@@QBEPAUIRichEditOle@@XZ ?GetIsolateODBCTrans@CDaoWorkspace@@QAEHXZ
?GetItemClipRect@COleServerDoc@@QBEXPAUtagRECT@@@Z ?GetItemData@CListCtrl@@QBEKH@Z
?GetItemData@CTreeCtrl@@QBEKPAU_TREEITEM@@@Z ?GetItemID@CStatusBar@@QBEIH@Z
?GetItemID@CToolBar@@QBEIH@Z ?GetItemImage@CTreeCtrl@@QBEHPAU_TREEITEM@@AAH1@Z
?GetItemName@COleClientItem@@QBEXPAD@Z ?GetItemPosition@COleServerDoc@@QBEXPAUtagRECT@@@Z
?GetItemRect@CListCtrl@@QBEHHPAUtagRECT@@I@Z ?GetItemRect@CStatusBar@@QBEXHPAUtagRECT@@@Z
?GetItemRect@CToolBar@@UBEXHPAUtagRECT@@@Z ?GetItemRect@CTreeCtrl@@QBEHPAU_TREEITEM@@PAUtagRECT@@H@Z
?GetItemState@CTreeCtrl@@QBEIPAU_TREEITEM@@I@Z ?GetItemStorage@COleClientItem@@UAEXXZ
?GetItemStorageCompound@COleClientItem@@QAEXXZ ?GetItemStorageFlat@COleClientItem@@QAEXXZ
?GetItemText@CListCtrl@@QBE?AVCString@@HH@Z ?GetItemText@CListCtrl@@QBEHHHPADH@Z
?GetItemText@CTreeCtrl@@QBE?AVCString@@PAU_TREEITEM@@@Z
?GetLastAccessTime@CFileFind@@UBEHAAVCTime@@@Z ?GetLastAccessTime@CFileFind@@UBEHPAU_FILETIME@@@Z
?GetLastAccessTime@CGopherFileFind@@UBEHAAVCTime@@@Z
?GetLastAccessTime@CGopherFileFind@@UBEHPAU_FILETIME@@@Z
?GetLastModifiedBookmark@CDaoRecordset@@QAE?AVCOleVariant@@XZ
?GetLastUpdate@COleUILinkInfo@@UAGJKPAU_FILETIME@@@Z ?GetLastWriteTime@CFileFind@@UBEHAAVCTime@@@Z
?GetLastWriteTime@CFileFind@@UBEHPAU_FILETIME@@@Z
?GetLastWriteTime@CGopherFileFind@@UBEHAAVCTime@@@Z
?GetLastWriteTime@CGopherFileFind@@UBEHPAU_FILETIME@@@Z ?GetLBFetchSize@CRecordset@@MAEJJ@Z
?GetLBound@COleSafeArray@@QAEXKPAJ@Z ?GetLBReallocSize@CRecordset@@MAEJJ@Z
?GetLBText@CComboBox@@QBEXHAAVCString@@@Z ?GetLength@CFile@@UBEKXZ ?GetLength@CFileFind@@QBEKXZ
?GetLength@CGopherFileFind@@UBEKXZ ?GetLength@CInternetFile@@UBEKXZ
?GetLength@COleStreamFile@@UBEKXZ ?GetLength@CSocketFile@@UBEKXZ ?GetLength64@CFileFind@@QBE_JXZ
?GetLength64@CGopherFileFind@@UBE_JXZ ?GetLicenseKey@COleObjectFactory@@MAEHKPAPAG@Z
?GetLicInfo@XClassFactory@COleObjectFactory@@UAGJPAUtagLICINFO@@@Z
?GetLine@CRichEditCtrl@@QBEHHPAD@Z ?GetLine@CRichEditCtrl@@QBEHHPADH@Z
?GetLinkSource@COleUILinkInfo@@UAGJKPAPADPAK00PAH2@Z
?GetLinkSourceData@COleClientItem@@IAEHPAUtagSTGMEDIUM@@@Z
?GetLinkSourceData@COleServerItem@@QAEHPAUtagSTGMEDIUM@@@Z
?GetLinkUpdateOptions@COleClientItem@@QAE?AW4tagOLEUPDATE@@XZ
?GetLinkUpdateOptions@COleUILinkInfo@@UAGJKPAK@Z ?GetList@CPropertySection@@QAEPAVCPtrList@@XZ
?GetList@CPropertySet@@QAEPAVCPtrList@@XZ ?GetLocalTm@CTime@@QBEPAUtm@@PAU2@@Z
?GetLocator@CGopherFileFind@@QBE?AVCGopherLocator@@XZ ?GetLockingMode@CDaoRecordset@@QAEHXZ
?GetLogFont@CFontComboBox@@QAEPAUtagLOGFONTA@@H@Z ?GetLoginTimeout@CDaoWorkspace@@SGFXZ
?GetLongBinaryData@CFieldExchange@@QAEXHAAVCLongBinary@@PAJ@Z
?GetLongBinaryDataAndCleanup@CRecordset@@SGXPAVCDatabase@@PAXFJPAPAXHAAVCDBVariant@@F@Z
?GetLongBinarySize@CFieldExchange@@QAEJH@Z
?GetLongCharDataAndCleanup@CRecordset@@SGXPAVCDatabase@@PAXFJPAPAXHAAVCString@@F@Z
?GetMainWnd@CWinThread@@UAEPAVCWnd@@XZ ?GetMargins@CPageSetupDialog@@QBEXPAUtagRECT@@0@Z
?GetMaxConnections@CConnectionPoint@@UAEHXZ ?GetMDIFrame@CMDIChildWnd@@QAEPAVCMDIFrameWnd@@XZ
?GetMessageBar@CFrameWnd@@UAEPAVCWnd@@XZ ?GetMessageBar@CMDIChildWnd@@MAEPAVCWnd@@XZ
?GetMessageMap@CCheckListBox@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CCmdTarget@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CColorDialog@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CColorPropPage@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CCommonDialog@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CControlBar@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CControlFrameWnd@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CCtrlView@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CDaoRecordView@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CDialog@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CDialogBar@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CDockBar@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CDocObjectServer@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CDocument@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CEditView@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CFontPropPage@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CFormView@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CFrameWnd@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CListCtrl@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CListView@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CMDIChildWnd@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CMDIFrameWnd@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CMiniDockFrameWnd@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CMiniFrameWnd@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@COleControl@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@COleDocIPFrameWnd@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@COleIPFrameWnd@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@COlePropertyPage@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@COleResizeBar@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@COleServerDoc@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CPicturePropPage@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CPreviewView@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CPrintDialog@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CPropertyPage@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CPropertySheet@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CRecordView@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CRichEditView@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CScrollView@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CSocketWnd@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CSplitterWnd@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CStatusBar@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CStockPropPage@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CTabCtrl@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CToolBar@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CToolBarCtrl@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CToolTipCtrl@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CTreeCtrl@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CTreeView@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CView@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@CWinApp@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CWnd@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageString@CFrameWnd@@UBEXIAAVCString@@@Z
?GetMessageString@COleControl@@UBEXIAAVCString@@@Z ?GetMetaData@CDataSourceControl@@QAEJXZ
?GetMetafileData@COleControl@@IAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetMetafileData@COleServerItem@@MAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?GetMinute@COleDateTime@@QBEHXZ ?GetMinutes@COleDateTimeSpan@@QBEJXZ
?GetMiscStatus@XOleObject@CDocObjectServer@@UAGJKPAK@Z
?GetMiscStatus@XOleObject@COleControl@@UAGJKPAK@Z
?GetMiscStatus@XOleObject@COleServerDoc@@UAGJKPAK@Z
?GetMiscStatus@XOleObject@COleServerItem@@UAGJKPAK@Z
?GetModifyPointers@CRectTracker@@IAEXHPAPAH0PAH1@Z
?GetMoniker@COleDocument@@UAEPAUIMoniker@@W4tagOLEGETMONIKER@@@Z
?GetMoniker@COleLinkingDoc@@UAEPAUIMoniker@@W4tagOLEGETMONIKER@@@Z
?GetMoniker@COleServerDoc@@UAEPAUIMoniker@@W4tagOLEGETMONIKER@@@Z
?GetMoniker@COleServerItem@@QAEPAUIMoniker@@W4tagOLEGETMONIKER@@@Z
?GetMoniker@XOleClientSite@COleClientItem@@UAGJKKPAPAUIMoniker@@@Z
?GetMoniker@XOleClientSite@COleControlSite@@UAGJKKPAPAUIMoniker@@@Z
?GetMoniker@XOleObject@CDocObjectServer@@UAGJKKPAPAUIMoniker@@@Z
?GetMoniker@XOleObject@COleControl@@UAGJKKPAPAUIMoniker@@@Z
?GetMoniker@XOleObject@COleServerDoc@@UAGJKKPAPAUIMoniker@@@Z
?GetMoniker@XOleObject@COleServerItem@@UAGJKKPAPAUIMoniker@@@Z ?GetMonth@COleDateTime@@QBEHXZ
?GetName@CDaoDatabase@@QAE?AVCString@@XZ ?GetName@CDaoQueryDef@@QAE?AVCString@@XZ
?GetName@CDaoRecordset@@QAE?AVCString@@XZ ?GetName@CDaoTableDef@@QAE?AVCString@@XZ
?GetName@CDaoWorkspace@@QAE?AVCString@@XZ
?GetNaturalExtent@XViewObject@COleControl@@UAGJKJPAUtagDVTARGETDEVICE@@PAUHDC__@@PAUtagExtentInfo@@PAUtagSIZE@@@Z
?GetNewItemNumber@COleClientItem@@QAEKXZ
?GetNewStorage@XRichEditOleCallback@CRichEditView@@UAGJPAPAUIStorage@@@Z
?GetNext@CDataBoundProperty@@QAEPAV1@XZ ?GetNextAssoc@CMapPtrToPtr@@QBEXAAPAU__POSITION@@AAPAX1@Z
?GetNextAssoc@CMapPtrToWord@@QBEXAAPAU__POSITION@@AAPAXAAG@Z
?GetNextAssoc@CMapStringToOb@@QBEXAAPAU__POSITION@@AAVCString@@AAPAVCObject@@@Z
?GetNextAssoc@CMapStringToPtr@@QBEXAAPAU__POSITION@@AAVCString@@AAPAX@Z
?GetNextAssoc@CMapStringToString@@QBEXAAPAU__POSITION@@AAVCString@@1@Z
?GetNextAssoc@CMapWordToOb@@QBEXAAPAU__POSITION@@AAGAAPAVCObject@@@Z
?GetNextAssoc@CMapWordToPtr@@QBEXAAPAU__POSITION@@AAGAAPAX@Z
?GetNextClientItem@COleDocument@@QBEPAVCOleClientItem@@AAPAU__POSITION@@@Z
?GetNextConnection@CConnectionPoint@@QBEPAUIUnknown@@AAPAU__POSITION@@@Z
?GetNextDoc@CMultiDocTemplate@@UBEPAVCDocument@@AAPAU__POSITION@@@Z
?GetNextDoc@CSingleDocTemplate@@UBEPAVCDocument@@AAPAU__POSITION@@@Z
?GetNextDocTemplate@CDocManager@@UBEPAVCDocTemplate@@AAPAU__POSITION@@@Z
?GetNextDocTemplate@CWinApp@@QBEPAVCDocTemplate@@AAPAU__POSITION@@@Z
?GetNextFormat@COleDataObject@@QAEHPAUtagFORMATETC@@@Z
?GetNextItem@COleDocument@@UBEPAVCDocItem@@AAPAU__POSITION@@@Z
?GetNextItemOfKind@COleDocument@@IBEPAVCDocItem@@AAPAU__POSITION@@PAUCRuntimeClass@@@Z
?GetNextLink@COleUILinkInfo@@UAGKK@Z
?GetNextPathName@CFileDialog@@QBE?AVCString@@AAPAU__POSITION@@@Z
?GetNextServerItem@COleDocument@@QBEPAVCOleServerItem@@AAPAU__POSITION@@@Z
?GetNextView@CDocument@@UBEPAVCView@@AAPAU__POSITION@@@Z ?GetNotifier@CFindReplaceDialog@@SGPAV1@J@Z
?GetNotSupported@CCmdTarget@@QAEXXZ ?GetNotSupported@COleControl@@QAEXXZ
?GetObjectA@CHttpFile@@QBE?AVCString@@XZ
?GetObjectA@XOleItemContainer@COleLinkingDoc@@UAGJPAGKPAUIBindCtx@@ABU_GUID@@PAPAX@Z
?GetObjectArray@COlePropertyPage@@QAEPAPAUIDispatch@@PAK@Z
?GetObjectDescriptorData@COleClientItem@@IAEXPAUtagPOINT@@PAUtagSIZE@@PAUtagSTGMEDIUM@@@Z
?GetObjectDescriptorData@COleServerItem@@QAEXPAUtagPOINT@@PAUtagSIZE@@PAUtagSTGMEDIUM@@@Z
?GetObjectInfo@XOleUIObjInfo@COlePropertiesDialog@@UAGJKPAKPAPAD111@Z
?GetObjectSchema@CArchive@@QAEIXZ
?GetObjectStorage@XOleItemContainer@COleLinkingDoc@@UAGJPAGPAUIBindCtx@@ABU_GUID@@PAPAX@Z
?GetODBCFieldInfo@CRecordset@@QAEXFAAUCODBCFieldInfo@@@Z
?GetODBCFieldInfo@CRecordset@@QAEXPBDAAUCODBCFieldInfo@@@Z ?GetODBCTimeout@CDaoQueryDef@@QAEFXZ
?GetOleObject@COleServerItem@@QAEPAUIOleObject@@XZ ?GetOneDimSize@COleSafeArray@@QAEKXZ
?GetOpenDocumentCount@CDocManager@@UAEHXZ ?GetOpenDocumentCount@CWinApp@@QAEHXZ
?GetOSVersion@CPropertySet@@QAEKXZ ?GetOuterWindow@COleControl@@IBEPAVCWnd@@XZ
?GetPageCount@CPropertySheet@@QBEHXZ ?GetPageIndex@CPropertySheet@@QAEHPAVCPropertyPage@@@Z
?GetPageInfo@XPrint@CDocObjectServer@@UAGJPAJ0@Z
?GetPageInfo@XPropertyPage@COlePropertyPage@@UAGJPAUtagPROPPAGEINFO@@@Z
?GetPages@XSpecifyPropertyPages@COleControl@@UAGJPAUtagCAUUID@@@Z
?GetPageSite@COlePropertyPage@@QAEPAUIPropertyPageSite@@XZ ?GetPane@CSplitterWnd@@QBEPAVCWnd@@HH@Z
?GetPaneInfo@CStatusBar@@QBEXHAAI0AAH@Z ?GetPaneStyle@CStatusBar@@QBEIH@Z
?GetPaneText@CStatusBar@@QBE?AVCString@@H@Z ?GetPaneText@CStatusBar@@QBEXHAAVCString@@@Z
?GetParaFormat@CRichEditCtrl@@QBEKAAU_paraformat@@@Z
?GetParaFormatSelection@CRichEditView@@QAEAAU_paraformat@@XZ ?GetParameterCount@CDaoQueryDef@@QAEFXZ
?GetParameterInfo@CDaoQueryDef@@QAEXHAAUCDaoParameterInfo@@K@Z
?GetParameterInfo@CDaoQueryDef@@QAEXPBDAAUCDaoParameterInfo@@K@Z
?GetParamValue@CDaoQueryDef@@UAE?AVCOleVariant@@H@Z
?GetParamValue@CDaoQueryDef@@UAE?AVCOleVariant@@PBD@Z
?GetParamValue@CDaoRecordset@@UAE?AVCOleVariant@@H@Z
?GetParamValue@CDaoRecordset@@UAE?AVCOleVariant@@PBD@Z ?GetParentFrame@CWnd@@QBEPAVCFrameWnd@@XZ
?GetParentOwner@CWnd@@QBEPAV1@XZ ?GetParentSplitter@CView@@SGPAVCSplitterWnd@@PBVCWnd@@H@Z
?GetPath@CDataPathProperty@@QBE?AVCString@@XZ ?GetPathName@CFileDialog@@QBE?AVCString@@XZ
?GetPeerName@CAsyncSocket@@QAEHAAVCString@@AAI@Z ?GetPercentPosition@CDaoRecordset@@QAEMXZ
?GetPictureDispatch@CPictureHolder@@QAEPAUIPictureDisp@@XZ
?GetPictureProp@CPicturePropPage@@IAEHPAVCDataExchange@@PAPAUIPictureDisp@@PBD@Z
?GetPointSize@CSizeComboBox@@QAEXAATtagCY@@@Z ?GetPortName@CPageSetupDialog@@QBE?AVCString@@XZ
?GetPortName@CPrintDialog@@QBE?AVCString@@XZ ?GetPosition@CFile@@UBEKXZ
?GetPosition@CMemFile@@UBEKXZ ?GetPosition@COleStreamFile@@UBEKXZ ?GetPosition@CSocketFile@@UBEKXZ
?GetPosition@CStdioFile@@UBEKXZ
?GetPredefinedStrings@XPerPropertyBrowsing@COleControl@@UAGJJPAUtagCALPOLESTR@@PAUtagCADWORD@@@Z
?GetPredefinedValue@XPerPropertyBrowsing@COleControl@@UAGJJKPAUtagVARIANT@@@Z
?GetPrimarySelectedItem@COleDocument@@UAEPAVCOleClientItem@@PAVCView@@@Z
?GetPrimarySelectedItem@CRichEditDoc@@UAEPAVCOleClientItem@@PAVCView@@@Z
?GetPrintDeviceInfo@COleClientItem@@IAEHPAPAUIOleCache@@PAPAUtagDVTARGETDEVICE@@PAK@Z
?GetPrinterDeviceDefaults@CWinApp@@QAEHPAUtagPDA@@@Z ?GetPrinterFont@CEditView@@QBEPAVCFont@@XZ
?GetPriority@CAsyncMonikerFile@@MBEJXZ ?GetProfileBinary@CWinApp@@QAEHPBD0PAPAEPAI@Z
?GetProfileIntA@CWinApp@@QAEIPBD0H@Z ?GetProfileStringA@CWinApp@@QAE?AVCString@@PBD00@Z
?GetPropCheck@COlePropertyPage@@QAEHPBDPAH@Z ?GetProperty@COleControlSite@@UBEXJGPAX@Z
?GetProperty@COleDispatchDriver@@QBEXJGPAX@Z ?GetProperty@CPropertySection@@QAEPAVCProperty@@K@Z
?GetProperty@CPropertySet@@QAEPAVCProperty@@U_GUID@@K@Z ?GetProperty@CWnd@@QBEXJGPAX@Z
?GetPropIndex@COlePropertyPage@@QAEHPBDPAH@Z ?GetPropPageIDs@COleControl@@MAEPAU_GUID@@AAK@Z
?GetPropRadio@COlePropertyPage@@QAEHPBDPAH@Z
?GetPropsetData@COleControl@@IAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@ABU_GUID@@@Z
?GetPropText@COlePropertyPage@@QAEHPBDPAE@Z ?GetPropText@COlePropertyPage@@QAEHPBDPAF@Z
?GetPropText@COlePropertyPage@@QAEHPBDPAH@Z ?GetPropText@COlePropertyPage@@QAEHPBDPAI@Z
?GetPropText@COlePropertyPage@@QAEHPBDPAJ@Z ?GetPropText@COlePropertyPage@@QAEHPBDPAK@Z
?GetPropText@COlePropertyPage@@QAEHPBDPAM@Z ?GetPropText@COlePropertyPage@@QAEHPBDPAN@Z
?GetPropText@COlePropertyPage@@QAEHPBDPAVCString@@@Z ?GetQueryDefCount@CDaoDatabase@@QAEFXZ
?GetQueryDefInfo@CDaoDatabase@@QAEXHAAUCDaoQueryDefInfo@@K@Z
?GetQueryDefInfo@CDaoDatabase@@QAEXPBDAAUCDaoQueryDefInfo@@K@Z ?GetQueryTimeout@CDaoDatabase@@QAEFXZ
?GetRange@CSliderCtrl@@QBEXAAH0@Z ?GetRange@CSpinButtonCtrl@@QBEXAAH0@Z
?GetRawValue@CProperty@@QAEPAXXZ ?GetReadyState@COleControl@@QAEJXZ
?GetRecordCount@CDaoRecordset@@QAEJXZ ?GetRecordCount@CDaoTableDef@@QAEJXZ
?GetRecordsAffected@CDaoDatabase@@QAEJXZ ?GetRecordsAffected@CDaoQueryDef@@QAEJXZ
?GetRect@XOleDocumentView@CDocObjectServer@@UAGJPAUtagRECT@@@Z
?GetRect@XViewObject@COleControl@@UAGJKPAU_RECTL@@@Z
?GetRectInContainer@COleControl@@QAEHPAUtagRECT@@@Z ?GetRelationCount@CDaoDatabase@@QAEFXZ
?GetRelationInfo@CDaoDatabase@@QAEXHAAUCDaoRelationInfo@@K@Z
?GetRelationInfo@CDaoDatabase@@QAEXPBDAAUCDaoRelationInfo@@K@Z
?GetReplaceString@CFindReplaceDialog@@QBE?AVCString@@XZ ?GetReturnsRecords@CDaoQueryDef@@QAEHXZ
?GetRoot@CFileFind@@UBE?AVCString@@XZ ?GetRoot@CGopherFileFind@@UBE?AVCString@@XZ
?GetRoutingFrame@CCmdTarget@@IAEPAVCFrameWnd@@XZ ?GetRoutingView@CCmdTarget@@IAEPAVCView@@XZ
?GetRowInfo@CSplitterWnd@@QBEXHAAH0@Z ?GetRuntimeClass@CAnimateCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CArchiveException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CAsyncMonikerFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CAsyncSocket@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CBitmap@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CBitmapButton@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CBrush@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CButton@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CByteArray@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CCachedDataPathProperty@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CCheckListBox@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CClientDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CCmdTarget@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CColorDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CColorPropPage@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CComboBox@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CControlBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CCriticalSection@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CCtrlView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDaoDatabase@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDaoException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDaoQueryDef@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDaoRecordset@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDaoRecordView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDaoTableDef@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDaoWorkspace@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDatabase@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDataPathProperty@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDBException@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDialogBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDocItem@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDockBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDockState@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDocManager@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDocObjectServer@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDocObjectServerItem@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDocTemplate@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDocument@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDragListBox@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDWordArray@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDynLinkLibrary@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CEdit@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CEditView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CEvent@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CException@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFileDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFileException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFileFind@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFindReplaceDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFont@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFontDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFontPropPage@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFormView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFrameWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFtpConnection@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CFtpFileFind@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CGdiObject@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CGopherConnection@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CGopherFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CGopherFileFind@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CHeaderCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CHotKeyCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CHttpConnection@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CHttpFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CImageList@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CInternetConnection@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CInternetException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CInternetFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CInternetSession@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CListBox@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CListCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CListView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CLongBinary@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMapPtrToPtr@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMapPtrToWord@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMapStringToOb@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMapStringToPtr@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMapStringToString@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMapWordToOb@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMapWordToPtr@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMDIChildWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMDIFrameWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMemFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMemoryException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMenu@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMetaFileDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMiniDockFrameWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMiniFrameWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMonikerFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMultiDocTemplate@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMutex@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CNotSupportedException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CObArray@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CObject@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CObList@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleBusyDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleChangeIconDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleChangeSourceDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleClientItem@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleControl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleControlModule@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleConvertDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleDispatchException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleDocIPFrameWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleDocument@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleInsertDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleIPFrameWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleLinkingDoc@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleLinksDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleObjectFactory@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COlePasteSpecialDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COlePropertiesDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COlePropertyPage@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleResizeBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleServerDoc@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleServerItem@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleStreamFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleUpdateDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPageSetupDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPaintDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPalette@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CPen@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPicturePropPage@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPreviewDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPreviewView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPrintDialog@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CProgressCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPropertyPage@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPropertySheet@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPtrArray@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPtrList@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CRecordset@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CRecordView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CResourceException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CRgn@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CRichEditCntrItem@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CRichEditCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CRichEditDoc@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CRichEditView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CScrollBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CScrollView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSemaphore@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSharedFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSingleDocTemplate@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSliderCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSocket@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSocketFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSpinButtonCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSplitterWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CStatic@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CStatusBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CStatusBarCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CStdioFile@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CStockPropPage@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CStringArray@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CStringList@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CSyncObject@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTabCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CToolBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CToolBarCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CToolTipCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTreeCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTreeView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CUIntArray@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CUserException@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CView@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CWinApp@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CWindowDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CWindowlessDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CWinThread@@UBEPAUCRuntimeClass@@XZ ?GetRuntimeClass@CWnd@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CWordArray@@UBEPAUCRuntimeClass@@XZ ?GetSafeOwner@CWnd@@SGPAV1@PAV1@PAPAUHWND__@@@Z
?GetSavedCustomColors@CColorDialog@@SGPAKXZ ?GetScreenName@CGopherFileFind@@QBE?AVCString@@XZ
?GetScreenSize@CDockState@@QAE?AVCSize@@XZ ?GetScrollBarCtrl@CView@@UBEPAVCScrollBar@@H@Z
?GetScrollBarCtrl@CWnd@@UBEPAVCScrollBar@@H@Z ?GetScrollBarSizes@CScrollView@@IAEXAAVCSize@@@Z
?GetScrollBarState@CScrollView@@IAEXVCSize@@AAV2@1AAVCPoint@@H@Z
?GetScrollInfo@CWnd@@QAEHHPAUtagSCROLLINFO@@I@Z ?GetScrollLimit@CWnd@@QAEHH@Z
?GetScrollPos@CWnd@@QBEHH@Z ?GetScrollPosition@CScrollView@@QBE?AVCPoint@@XZ
?GetScrollRange@CWnd@@QBEXHPAH0@Z ?GetScrollStyle@CSplitterWnd@@QBEKXZ
?GetSecond@COleDateTime@@QBEHXZ ?GetSeconds@COleDateTimeSpan@@QBEJXZ
?GetSection@CPropertySet@@QAEPAVCPropertySection@@U_GUID@@@Z
?GetSectionKey@CWinApp@@QAEPAUHKEY__@@PBD@Z ?GetSectionName@CPropertySection@@QAEPBDXZ
?GetSel@CRichEditCtrl@@QBEXAAJ0@Z ?GetSelectedItem@CRichEditView@@QBEPAVCRichEditCntrItem@@XZ
?GetSelectedText@CEditView@@QBEXAAVCString@@@Z ?GetSelection@CSliderCtrl@@QBEXAAH0@Z
?GetSelectionCharFormat@CRichEditCtrl@@QBEKAAU_charformat@@@Z
?GetSelectionType@COleConvertDialog@@QBEIXZ ?GetSelectionType@COleInsertDialog@@QBEIXZ
?GetSelectionType@COlePasteSpecialDialog@@QBEIXZ ?GetSelText@CRichEditCtrl@@QBE?AVCString@@XZ
?GetServerName@CInternetConnection@@QBE?AVCString@@XZ ?GetSize@CPropertySection@@QAEKXZ
?GetSizeInDialogUnits@CDialogTemplate@@QBEXPAUtagSIZE@@@Z
?GetSizeInPixels@CDialogTemplate@@QBEXPAUtagSIZE@@@Z
?GetSizeMax@CBlobProperty@@UAGJPAT_ULARGE_INTEGER@@@Z
?GetSizeMax@XPersistMemory@COleControl@@UAGJPAK@Z
?GetSizeMax@XPersistStreamInit@COleControl@@UAGJPAT_ULARGE_INTEGER@@@Z
?GetSizingParent@CSplitterWnd@@IAEPAVCWnd@@XZ ?GetSockName@CAsyncSocket@@QAEHAAVCString@@AAI@Z
?GetSourceTableName@CDaoTableDef@@QAE?AVCString@@XZ ?GetSQL@CDaoQueryDef@@QAE?AVCString@@XZ
?GetSQL@CDaoRecordset@@QBE?AVCString@@XZ ?GetStackSize@CCmdTarget@@KGIPBEG@Z
?GetStandardProp@CCmdTarget@@IAEXPBUAFX_DISPMAP_ENTRY@@PAUtagVARIANT@@PAI@Z
?GetStartPosition@CConnectionPoint@@QBEPAU__POSITION@@XZ
?GetStartPosition@COleDocument@@UBEPAU__POSITION@@XZ
?GetStartPosition@CRichEditDoc@@UBEPAU__POSITION@@XZ ?GetStatus@CFile@@QBEHAAUCFileStatus@@@Z
?GetStatus@CFile@@SGHPBDAAUCFileStatus@@@Z ?GetStatus@CMemFile@@QBEHAAUCFileStatus@@@Z
?GetStatus@COleStreamFile@@QBEHAAUCFileStatus@@@Z
?GetStockTextMetrics@COleControl@@QAEXPAUtagTEXTMETRICA@@@Z
?GetStorageName@COleStreamFile@@UBE?BVCString@@XZ ?GetStream@COleStreamFile@@QBEPAUIStream@@XZ
?GetStyle@COleControlSite@@UBEKXZ ?GetStyle@CWnd@@QBEKXZ
?GetSuperWndProcAddr@CWnd@@MAEPAP6GJPAUHWND__@@IIJ@ZXZ ?GetTableDefCount@CDaoDatabase@@QAEFXZ
?GetTableDefInfo@CDaoDatabase@@QAEXHAAUCDaoTableDefInfo@@K@Z
?GetTableDefInfo@CDaoDatabase@@QAEXPBDAAUCDaoTableDefInfo@@K@Z
?GetTemplateSize@CDialogTemplate@@KAIPBUDLGTEMPLATE@@@Z ?GetText@CListBox@@QBEXHAAVCString@@@Z
?GetText@COleControl@@QAEPAGXZ ?GetText@CStatusBarCtrl@@QBE?AVCString@@HPAH@Z
?GetText@CStatusBarCtrl@@QBEHPBDHPAH@Z ?GetText@CToolTipCtrl@@QBEXAAVCString@@PAVCWnd@@I@Z
?GetTextLen@CRecordset@@SGHFK@Z ?GetTextLength@CStatusBarCtrl@@QBEHHPAH@Z
?GetTickCount@COleDateTime@@SG?AV1@XZ ?GetTickCount@CTime@@SG?AV1@XZ
?GetToolInfo@CToolTipCtrl@@QBEHAAVCToolInfo@@PAVCWnd@@I@Z
?GetTopLevelFrame@CWnd@@QBEPAVCFrameWnd@@XZ ?GetTopLevelOwner@CWnd@@QBEPAV1@XZ
?GetTopLevelParent@CWnd@@QBEPAV1@XZ ?GetTrueClientSize@CScrollView@@IAEHAAVCSize@@0@Z
?GetTrueRect@CRectTracker@@QBEXPAUtagRECT@@@Z ?GetType@CDaoQueryDef@@QAEFXZ
?GetType@CDaoRecordset@@QAEFXZ ?GetType@CPictureHolder@@QAEFXZ ?GetType@CProperty@@QAEKXZ
?GetTypeInfo@COleDispatchImpl@@UAGJIKPAPAUITypeInfo@@@Z
?GetTypeInfo@XAmbientProps@COleControlSite@@UAGJIKPAPAUITypeInfo@@@Z
?GetTypeInfo@XEventSink@COleControlSite@@UAGJIKPAPAUITypeInfo@@@Z
?GetTypeInfoCount@CCmdTarget@@UAEIXZ ?GetTypeInfoCount@COleDispatchImpl@@UAGJPAI@Z
?GetTypeInfoCount@XAmbientProps@COleControlSite@@UAGJPAI@Z
?GetTypeInfoCount@XEventSink@COleControlSite@@UAGJPAI@Z
?GetTypeInfoOfGuid@CCmdTarget@@QAEJKABU_GUID@@PAPAUITypeInfo@@@Z
?GetTypeLib@CCmdTarget@@UAEJKPAPAUITypeLib@@@Z ?GetTypeLibCache@CCmdTarget@@UAEPAVCTypeLibCache@@XZ
?GetUBound@COleSafeArray@@QAEXKPAJ@Z ?GetUserClassID@XOleObject@CDocObjectServer@@UAGJPAU_GUID@@@Z
?GetUserClassID@XOleObject@COleControl@@UAGJPAU_GUID@@@Z
?GetUserClassID@XOleObject@COleServerDoc@@UAGJPAU_GUID@@@Z
?GetUserClassID@XOleObject@COleServerItem@@UAGJPAU_GUID@@@Z
?GetUserNameA@CDaoWorkspace@@QAE?AVCString@@XZ
?GetUserType@COleClientItem@@QAEXW4tagUSERCLASSTYPE@@AAVCString@@@Z
?GetUserType@COleControl@@IAEXPAD@Z ?GetUserType@XOleObject@CDocObjectServer@@UAGJKPAPAG@Z
?GetUserType@XOleObject@COleControl@@UAGJKPAPAG@Z
?GetUserType@XOleObject@COleServerDoc@@UAGJKPAPAG@Z
?GetUserType@XOleObject@COleServerItem@@UAGJKPAPAG@Z
?GetValidationRule@CDaoRecordset@@QAE?AVCString@@XZ
?GetValidationRule@CDaoTableDef@@QAE?AVCString@@XZ
?GetValidationText@CDaoRecordset@@QAE?AVCString@@XZ
?GetValidationText@CDaoTableDef@@QAE?AVCString@@XZ ?GetValueAt@CMapPtrToPtr@@QBEPAXPAX@Z
?GetVerb@CHttpFile@@QBE?AVCString@@XZ ?GetVersion@CDaoDatabase@@QAE?AVCString@@XZ
?GetVersion@CDaoWorkspace@@SG?AVCString@@XZ ?GetVersion@CDockState@@QAEKXZ
?GetView@CRichEditDoc@@UBEPAVCRichEditView@@XZ
?GetViewInfo@XOleUIObjInfo@COlePropertiesDialog@@UAGJKPAPAXPAKPAH@Z
?GetViewStatus@XViewObject@COleControl@@UAGJPAK@Z
?GetWindow@XOleInPlaceActiveObject@COleControl@@UAGJPAPAUHWND__@@@Z
?GetWindow@XOleInPlaceActiveObject@COleServerDoc@@UAGJPAPAUHWND__@@@Z
?GetWindow@XOleInPlaceFrame@COleFrameHook@@UAGJPAPAUHWND__@@@Z
?GetWindow@XOleInPlaceObject@COleControl@@UAGJPAPAUHWND__@@@Z
?GetWindow@XOleInPlaceObject@COleServerDoc@@UAGJPAPAUHWND__@@@Z
?GetWindow@XOleIPFrame@COleControlContainer@@UAGJPAPAUHWND__@@@Z
?GetWindow@XOleIPSite@COleClientItem@@UAGJPAPAUHWND__@@@Z
?GetWindow@XOleIPSite@COleControlSite@@UAGJPAPAUHWND__@@@Z
?GetWindowContext@CRichEditCntrItem@@QAEJPAPAUIOleInPlaceFrame@@PAPAUIOleInPlaceUIWindow@@PAUtagOIFI@@@Z
?GetWindowContext@CRichEditView@@QAEJPAPAUIOleInPlaceFrame@@PAPAUIOleInPlaceUIWindow@@PAUtagOIFI@@@Z
?GetWindowContext@XOleIPSite@COleClientItem@@UAGJPAPAUIOleInPlaceFrame@@PAPAUIOleInPlaceUIWindow@@PAUtagRECT@@2PAUtagOIFI@@@Z
?GetWindowContext@XOleIPSite@COleControlSite@@UAGJPAPAUIOleInPlaceFrame@@PAPAUIOleInPlaceUIWindow@@PAUtagRECT@@2PAUtagOIFI@@@Z
?GetWindowlessDropTarget@COleControl@@UAEPAUIDropTarget@@XZ
?GetWindowMenuPopup@CMDIFrameWnd@@UAEPAUHMENU__@@PAU2@@Z
?GetWindowPlacement@CWnd@@QBEHPAUtagWINDOWPLACEMENT@@@Z ?GetWindowTextA@COleControlSite@@UBEHPADH@Z
?GetWindowTextA@COleControlSite@@UBEXAAVCString@@@Z ?GetWindowTextA@CWnd@@QBEHPADH@Z
?GetWindowTextA@CWnd@@QBEXAAVCString@@@Z ?GetWindowTextLengthA@COleControlSite@@UBEHXZ
?GetWindowTextLengthA@CWnd@@QBEHXZ ?GetWorkspaceCount@CDaoWorkspace@@QAEFXZ
?GetWorkspaceInfo@CDaoWorkspace@@QAEXHAAUCDaoWorkspaceInfo@@K@Z
?GetWorkspaceInfo@CDaoWorkspace@@QAEXPBDAAUCDaoWorkspaceInfo@@K@Z ?GetYear@COleDateTime@@QBEHXZ
?GetZoomFactor@COleServerDoc@@QBEHPAUtagSIZE@@0PBUtagRECT@@@Z ?GiveFeedback@COleDropSource@@UAEJK@Z
?GiveFeedback@XDropSource@COleDropSource@@UAGJK@Z
?GrayCtlColor@CWnd@@SGHPAUHDC__@@PAUHWND__@@IPAUHBRUSH__@@K@Z
?GrayStringA@CDC@@UAEHPAVCBrush@@P6GHPAUHDC__@@JH@ZJHHHHH@Z
?GrayStringA@CPreviewDC@@UAEHPAVCBrush@@P6GHPAUHDC__@@JH@ZJHHHHH@Z ?GrowFile@CMemFile@@MAEXK@Z
?guid@CColorPropPage@@2U_GUID@@B ?guid@CFontPropPage@@2U_GUID@@B ?guid@CPicturePropPage@@2U_GUID@@B
?HandleFloatingSysCommand@CWnd@@QAEHIJ@Z
?HandleInComingCall@XMessageFilter@COleMessageFilter@@UAGKKPAUHTASK__@@KPAUtagINTERFACEINFO@@@Z
?HandleInitDialog@CDialog@@IAEJIJ@Z ?HandleInitDialog@CDialogBar@@IAEJIJ@Z
?HandleInitDialog@CFormView@@IAEJIJ@Z ?HandleInitDialog@CPropertySheet@@IAEJIJ@Z
?HandleSetFont@CDialog@@IAEJIJ@Z ?HandsOffStorage@XPersistStorage@COleControl@@UAGJXZ
?HandsOffStorage@XPersistStorage@COleServerDoc@@UAGJXZ ?HasBlankItems@COleDocument@@QBEHXZ
?HasFont@CDialogTemplate@@QBEHXZ ?HashKey@@YGIABUtagVARIANT@@@Z ?HashKey@@YGIPBD@Z
?Help@XPropertyPage@COlePropertyPage@@UAGJPBG@Z ?HexDump@CDumpContext@@QAEXPBDPAEHH@Z
?HideApplication@CWinApp@@QAEXXZ ?HideControl@CFileDialog@@QAEXH@Z
?HIMETRICtoDP@CDC@@QBEXPAUtagSIZE@@@Z ?HIMETRICtoLP@CDC@@QBEXPAUtagSIZE@@@Z
?HitTest@CListCtrl@@QBEHVCPoint@@PAI@Z ?HitTest@CRectTracker@@QBEHVCPoint@@@Z
?HitTest@CSplitterWnd@@MBEHVCPoint@@@Z
?HitTest@CToolTipCtrl@@QBEHPAVCWnd@@VCPoint@@PAUtagTOOLINFOA@@@Z
?HitTest@CTreeCtrl@@QBEPAU_TREEITEM@@VCPoint@@PAI@Z ?HitTestHandles@CRectTracker@@IBEHVCPoint@@@Z
?IdFromRowCol@CSplitterWnd@@QBEHHH@Z ?Idle@CDaoWorkspace@@SGXH@Z
?IgnoreApply@COlePropertyPage@@QAEXI@Z ?IgnoreWindowMessage@COleControl@@IAEHIIJPAJ@Z
?InflateRect@CRect@@QAEXHHHH@Z ?InflateRect@CRect@@QAEXPBUtagRECT@@@Z
?InitApplication@CWinApp@@UAEHXZ ?InitCache@XOleCache@COleControl@@UAGJPAUIDataObject@@@Z
?InitControlContainer@CWnd@@IAEHXZ ?InitDatabasesCollection@CDaoWorkspace@@IAEXXZ
?InitDialogInfo@CPropertyPage@@IAEPBUDLGTEMPLATE@@PBU2@@Z
?InitErrorsCollection@CDaoException@@IAEXXZ ?InitFieldsCollection@CDaoQueryDef@@IAEXXZ
?InitFieldsCollection@CDaoRecordset@@IAEXXZ ?InitFieldsCollection@CDaoTableDef@@IAEXXZ
?InitFromData@XOleObject@CDocObjectServer@@UAGJPAUIDataObject@@HK@Z
?InitFromData@XOleObject@COleControl@@UAGJPAUIDataObject@@HK@Z
?InitFromData@XOleObject@COleServerDoc@@UAGJPAUIDataObject@@HK@Z
?InitFromData@XOleObject@COleServerItem@@UAGJPAUIDataObject@@HK@Z
?InitHashTable@CMapPtrToPtr@@QAEXIH@Z ?InitHashTable@CMapPtrToWord@@QAEXIH@Z
?InitHashTable@CMapStringToOb@@QAEXIH@Z ?InitHashTable@CMapStringToPtr@@QAEXIH@Z
?InitHashTable@CMapStringToString@@QAEXIH@Z ?InitHashTable@CMapWordToOb@@QAEXIH@Z
?InitHashTable@CMapWordToPtr@@QAEXIH@Z ?Initialize@CDataSourceControl@@QAEJXZ
?Initialize@CMiniFrameWnd@@SAXXZ ?InitializeEngine@CDaoWorkspace@@KAXXZ
?InitializeFont@CFontHolder@@QAEXPBUtagFONTDESC@@PAUIDispatch@@@Z
?InitializeIIDs@COleControl@@QAEXPBU_GUID@@0@Z ?InitializeReplace@CEditView@@IAEHXZ
?InitialUpdateFrame@CDocTemplate@@UAEXPAVCFrameWnd@@PAVCDocument@@H@Z
?InitialUpdateFrame@CFrameWnd@@QAEXPAVCDocument@@H@Z ?InitIndexesCollection@CDaoRecordset@@IAEXXZ
?InitIndexesCollection@CDaoTableDef@@IAEXXZ ?InitInstance@COleControlModule@@UAEHXZ
?InitInstance@CWinApp@@UAEHXZ ?InitInstance@CWinThread@@UAEHXZ ?InitLoop@CDockContext@@QAEXXZ
?InitModalIndirect@CDialog@@QAEHPAXPAVCWnd@@@Z
?InitModalIndirect@CDialog@@QAEHPBUDLGTEMPLATE@@PAVCWnd@@PAX@Z
?InitNew@XPersistMemory@COleControl@@UAGJXZ ?InitNew@XPersistPropertyBag@COleControl@@UAGJXZ
?InitNew@XPersistStorage@COleControl@@UAGJPAUIStorage@@@Z
?InitNew@XPersistStorage@COleServerDoc@@UAGJPAUIStorage@@@Z
?InitNew@XPersistStreamInit@COleControl@@UAGJXZ ?InitParametersCollection@CDaoQueryDef@@IAEXXZ
?InitQueryDefsCollection@CDaoDatabase@@IAEXXZ ?InitRecord@CRecordset@@QAEXXZ
?InitRelationsCollection@CDaoDatabase@@IAEXXZ ?InitStockEventMask@COleControl@@IAEXXZ
?InitStockPropMask@COleControl@@IAEXXZ ?InitString@CSimpleException@@QAEXXZ
?InitTableDefsCollection@CDaoDatabase@@IAEXXZ ?InitWorkspace@CDaoDatabase@@IAEXXZ
?InitWorkspacesCollection@CDaoWorkspace@@IAEXXZ
?InPlaceDeactivate@XOleInPlaceObject@COleControl@@UAGJXZ
?InPlaceDeactivate@XOleInPlaceObject@COleServerDoc@@UAGJXZ
?Insert@CDockBar@@IAEHPAVCControlBar@@VCRect@@VCPoint@@@Z
?InsertAfter@CObList@@QAEPAU__POSITION@@PAU2@PAVCObject@@@Z
?InsertAfter@CPtrList@@QAEPAU__POSITION@@PAU2@PAX@Z
?InsertAfter@CStringList@@QAEPAU__POSITION@@PAU2@PBD@Z ?InsertAt@CByteArray@@QAEXHEH@Z
?InsertAt@CByteArray@@QAEXHPAV1@@Z ?InsertAt@CDWordArray@@QAEXHKH@Z
?InsertAt@CDWordArray@@QAEXHPAV1@@Z ?InsertAt@CObArray@@QAEXHPAV1@@Z
?InsertAt@CObArray@@QAEXHPAVCObject@@H@Z ?InsertAt@CPtrArray@@QAEXHPAV1@@Z
?InsertAt@CPtrArray@@QAEXHPAXH@Z ?InsertAt@CStringArray@@QAEXHPAV1@@Z
?InsertAt@CStringArray@@QAEXHPBDH@Z ?InsertAt@CUIntArray@@QAEXHIH@Z
?InsertAt@CUIntArray@@QAEXHPAV1@@Z ?InsertAt@CWordArray@@QAEXHGH@Z
?InsertAt@CWordArray@@QAEXHPAV1@@Z ?InsertBefore@CObList@@QAEPAU__POSITION@@PAU2@PAVCObject@@@Z
?InsertBefore@CPtrList@@QAEPAU__POSITION@@PAU2@PAX@Z
?InsertBefore@CStringList@@QAEPAU__POSITION@@PAU2@PBD@Z ?InsertColumn@CListCtrl@@QAEHHPBDHHH@Z
?InsertFileAsObject@CRichEditView@@QAEXPBD@Z ?InsertItem@CListCtrl@@QAEHIHPBDIIHJ@Z
?InsertItem@CRichEditView@@QAEJPAVCRichEditCntrItem@@@Z
?InsertItem@CTreeCtrl@@QAEPAU_TREEITEM@@IPBDHHIIJPAU2@1@Z
?InsertMenus@XOleInPlaceFrame@COleFrameHook@@UAGJPAUHMENU__@@PAUtagOleMenuGroupWidths@@@Z
?InsertMenus@XOleIPFrame@COleControlContainer@@UAGJPAUHMENU__@@PAUtagOleMenuGroupWidths@@@Z
?interfaceMap@CCmdTarget@@1UAFX_INTERFACEMAP@@B
?interfaceMap@CDocObjectServer@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleClientItem@@1UAFX_INTERFACEMAP@@B ?interfaceMap@COleControl@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleDataSource@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleDropSource@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleDropTarget@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleFrameHook@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleLinkingDoc@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleMessageFilter@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleObjectFactory@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COlePropertyPage@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleServerDoc@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleServerItem@@1UAFX_INTERFACEMAP@@B
?interfaceMap@CRichEditView@@1UAFX_INTERFACEMAP@@B
?InternalGetFont@COleControl@@QAEAAVCFontHolder@@XZ ?InternalGetText@COleControl@@QAEABVCString@@XZ
?InternalQueryInterface@CCmdTarget@@QAEKPBXPAPAX@Z ?InternalRelease@CCmdTarget@@QAEKXZ
?IntersectClipRect@CDC@@QAEHHHHH@Z ?IntersectClipRect@CDC@@QAEHPBUtagRECT@@@Z
?InvalidateCheck@CCheckListBox@@IAEXH@Z ?InvalidateControl@COleControl@@QAEXPBUtagRECT@@H@Z
?InvalidateItem@CCheckListBox@@IAEXH@Z ?InvalidateRgn@COleControl@@QAEXPAVCRgn@@H@Z
?InvertSysMenu@CMiniFrameWnd@@IAEXXZ
?Invoke@COleDispatchImpl@@UAGJJABU_GUID@@KGPAUtagDISPPARAMS@@PAUtagVARIANT@@PAUtagEXCEPINFO@@PAI@Z
?Invoke@XAmbientProps@COleControlSite@@UAGJJABU_GUID@@KGPAUtagDISPPARAMS@@PAUtagVARIANT@@PAUtagEXCEPINFO@@PAI@Z
?Invoke@XEventSink@COleControlSite@@UAGJJABU_GUID@@KGPAUtagDISPPARAMS@@PAUtagVARIANT@@PAUtagEXCEPINFO@@PAI@Z
?InvokeHelper@COleControlSite@@UAAXJGGPAXPBEZZ ?InvokeHelper@COleDispatchDriver@@QAAXJGGPAXPBEZZ
?InvokeHelper@CWnd@@QAAXJGGPAXPBEZZ ?InvokeHelperV@COleControlSite@@UAEXJGGPAXPBEPAD@Z
?InvokeHelperV@COleDispatchDriver@@QAEXJGGPAXPBEPAD@Z ?IsBlank@CDocItem@@UBEHXZ
?IsBlank@COleServerItem@@MBEHXZ ?IsBOF@CDaoRecordset@@QBEHXZ
?IsChildPane@CSplitterWnd@@QAEHPAVCWnd@@PAH1@Z ?IsConnected@COleServerItem@@QBEHXZ
?IsDataAvailable@COleDataObject@@QAEHGPAUtagFORMATETC@@@Z ?IsDefaultButton@COleControlSite@@QAEHXZ
?IsDeleted@CDaoRecordset@@QBEHXZ ?IsDerivedFrom@CRuntimeClass@@QBEHPBU1@@Z
?IsDialogMessageA@COccManager@@UAEHPAVCWnd@@PAUtagMSG@@@Z ?IsDialogMessageA@CWnd@@QAEHPAUtagMSG@@@Z
?IsDirty@CBlobProperty@@UAGJXZ ?IsDirty@XPersistFile@COleLinkingDoc@@UAGJXZ
?IsDirty@XPersistMemory@COleControl@@UAGJXZ ?IsDirty@XPersistStorage@COleControl@@UAGJXZ
?IsDirty@XPersistStorage@COleServerDoc@@UAGJXZ ?IsDirty@XPersistStreamInit@COleControl@@UAGJXZ
?IsDlgButtonChecked@COleControlContainer@@UBEIH@Z ?IsDlgButtonChecked@CWnd@@QBEIH@Z
?IsDockBar@CControlBar@@UBEHXZ ?IsDockBar@CDockBar@@UBEHXZ ?IsDots@CFileFind@@UBEHXZ
?IsDots@CGopherFileFind@@UBEHXZ ?IsEnabled@CCheckListBox@@QAEHH@Z ?IsEOF@CDaoRecordset@@QBEHXZ
?IsFieldDirty@CDaoRecordset@@QAEHPAX@Z ?IsFieldDirty@CRecordset@@QAEHPAX@Z
?IsFieldNull@CDaoRecordset@@QAEHPAX@Z ?IsFieldNull@CRecordset@@QAEHPAX@Z
?IsFieldNullable@CDaoRecordset@@QAEHPAX@Z ?IsFieldNullable@CRecordset@@QAEHPAX@Z
?IsFieldNullable@CRecordset@@QBEHK@Z ?IsFieldStatusDirty@CDaoRecordset@@QAEHI@Z
?IsFieldStatusDirty@CRecordset@@QBEHK@Z ?IsFieldStatusNull@CDaoRecordset@@QAEHI@Z
?IsFieldStatusNull@CRecordset@@QBEHK@Z ?IsFieldStatusNullable@CDaoRecordset@@QAEHI@Z
?IsFieldStatusNullableKnown@CDaoRecordset@@QAEHI@Z ?IsFieldType@CFieldExchange@@QAEHPAI@Z
?IsFloating@CControlBar@@QBEHXZ ?IsFrameWnd@CFrameWnd@@UBEHXZ ?IsFrameWnd@CWnd@@UBEHXZ
?IsIdleMessage@CWinThread@@UAEHPAUtagMSG@@@Z ?IsInvokeAllowed@CCmdTarget@@UAEHJ@Z
?IsInvokeAllowed@COleControl@@MAEHJ@Z ?IsJoin@CRecordset@@SGHPBD@Z
?IsKindOf@CObject@@QBEHPBUCRuntimeClass@@@Z ?IsLabelControl@COccManager@@SAHPAVCWnd@@@Z
?IsLicenseValid@COleObjectFactory@@QAEHXZ ?IsMatch@CDaoRecordset@@QAEHXZ
?IsMatchingMnemonic@COccManager@@SAHPAVCWnd@@PAUtagMSG@@@Z
?IsMatchingMnemonic@COleControlSite@@QAEHPAUtagMSG@@@Z ?IsModified@CDocument@@UAEHXZ
?IsModified@COleClientItem@@QBEHXZ ?IsModified@COleControl@@QAEHXZ
?IsModified@COlePropertyPage@@QAEHXZ ?IsModified@CRichEditDoc@@UAEHXZ
?IsNullValue@CDaoFieldExchange@@SGHPAXK@Z ?IsOnFirstRecord@CDaoRecordView@@QAEHXZ
?IsOnFirstRecord@CRecordView@@QAEHXZ ?IsOnLastRecord@CDaoRecordView@@QAEHXZ
?IsOnLastRecord@CRecordView@@QAEHXZ ?IsOpen@CRecordset@@QBEHXZ
?IsPageDirty@XPropertyPage@COlePropertyPage@@UAGJXZ ?IsParamStatusNull@CRecordset@@QBEHK@Z
?IsRecordsetUpdatable@CRecordset@@IAEHXZ ?IsRegistered@COleObjectFactory@@UBEHXZ
?IsResultExpected@CCmdTarget@@QAEHXZ ?IsRichEditFormat@CRichEditView@@SAHG@Z
?IsRunning@XOleItemContainer@COleLinkingDoc@@UAGJPAG@Z ?IsSelected@CRichEditView@@MBEHPBVCObject@@@Z
?IsSelected@CView@@UBEHPBVCObject@@@Z ?IsSelectQueryUpdatable@CRecordset@@QAEHPBD@Z
?IsSerializable@CObject@@QBEHXZ ?IsSignificantMessage@COleMessageFilter@@UAEHPAUtagMSG@@@Z
?IsSQLUpdatable@CRecordset@@QAEHPBD@Z ?IsSubclassedControl@COleControl@@UAEHXZ
?IsTopParentActive@CWnd@@QBEHXZ ?IsTracking@CFrameWnd@@QBEHXZ
?IsUpToDate@XOleObject@CDocObjectServer@@UAGJXZ ?IsUpToDate@XOleObject@COleControl@@UAGJXZ
?IsUpToDate@XOleObject@COleServerDoc@@UAGJXZ ?IsUpToDate@XOleObject@COleServerItem@@UAGJXZ
?IsValidOperation@CDaoFieldExchange@@QAEHXZ ?IsVisible@CControlBar@@UBEHXZ
?IsWindowEnabled@COleControlSite@@UBEHXZ ?IsWindowEnabled@CWnd@@QBEHXZ
?ItemFromPoint@CListBox@@QBEIVCPoint@@AAH@Z ?ItemHasChildren@CTreeCtrl@@QBEHPAU_TREEITEM@@@Z
?KeyDown@COleControl@@IAEXPAG@Z ?KeyUp@COleControl@@IAEXPAG@Z ?KillSocket@CAsyncSocket@@SGXIPAV1@@Z
?Left@CString@@QBE?AV1@H@Z ?LineIndex@CRichEditCtrl@@QBEHH@Z ?LineLength@CRichEditCtrl@@QBEHH@Z
?LineScroll@CRichEditCtrl@@QAEXHH@Z ?LineTo@CDC@@QAEHHH@Z ?lMaxSize@CRichEditView@@2KA
?Load@CBlobProperty@@UAGJPAUIStream@@@Z ?Load@CDialogTemplate@@QAEHPBD@Z
?Load@COleControl@@QAEXPBDAAVCDataPathProperty@@@Z ?Load@CRuntimeClass@@SGPAU1@AAVCArchive@@PAI@Z
?Load@XPersistFile@COleLinkingDoc@@UAGJPBGK@Z ?Load@XPersistMemory@COleControl@@UAGJPAXK@Z
?Load@XPersistPropertyBag@COleControl@@UAGJPAUIPropertyBag@@PAUIErrorLog@@@Z
?Load@XPersistStorage@COleControl@@UAGJPAUIStorage@@@Z
?Load@XPersistStorage@COleServerDoc@@UAGJPAUIStorage@@@Z
?Load@XPersistStreamInit@COleControl@@UAGJPAUIStream@@@Z ?LoadAccelTable@CFrameWnd@@QAEHPBD@Z
?LoadBarState@CFrameWnd@@QAEXPBD@Z ?LoadBitmapA@CToolBar@@QAEHPBD@Z
?LoadBitmaps@CBitmapButton@@QAEHPBD000@Z ?LoadFields@CDaoRecordset@@IAEXXZ
?LoadFields@CRecordset@@QAEXXZ ?LoadFrame@CFrameWnd@@UAEHIKPAVCWnd@@PAUCCreateContext@@@Z
?LoadFrame@CMDIChildWnd@@UAEHIKPAVCWnd@@PAUCCreateContext@@@Z
?LoadFrame@CMDIFrameWnd@@UAEHIKPAVCWnd@@PAUCCreateContext@@@Z
?LoadFrame@COleIPFrameWnd@@UAEHIKPAVCWnd@@PAUCCreateContext@@@Z
?LoadFromStorage@COleDocument@@MAEXXZ ?LoadState@CControlBarInfo@@QAEHPBDHPAVCDockState@@@Z
?LoadState@CDockState@@QAEXPBD@Z ?LoadState@COleControl@@IAEJPAUIStream@@@Z
?LoadStdProfileSettings@CWinApp@@IAEXI@Z ?LoadStringA@CString@@QAEHI@Z
?LoadTemplate@CDocTemplate@@UAEXXZ ?LoadTemplate@CMultiDocTemplate@@UAEXXZ
?LoadToolBar@CToolBar@@QAEHPBD@Z ?Lock@CCriticalSection@@UAEHK@Z ?Lock@CMultiLock@@QAEKKHK@Z
?Lock@COleSafeArray@@QAEXXZ ?Lock@CSingleLock@@QAEHK@Z ?Lock@CSyncObject@@UAEHK@Z
?Lock@CTypeLibCache@@QAEXXZ ?LockBuffer@CEditView@@QBEPBDXZ ?LockBuffer@CString@@QAEPADXZ
?LockContainer@XOleContainer@COleControlContainer@@UAGJH@Z
?LockContainer@XOleItemContainer@COleLinkingDoc@@UAGJH@Z ?LockExternal@COleLinkingDoc@@IAEXHH@Z
?LockInPlaceActive@COleControl@@QAEHH@Z ?LockInPlaceActive@XOleControlSite@COleControlSite@@UAGJH@Z
?LockRange@CFile@@UAEXKK@Z ?LockRange@CInternetFile@@UAEXKK@Z ?LockRange@CMemFile@@UAEXKK@Z
?LockRange@COleStreamFile@@UAEXKK@Z ?LockRange@CSocketFile@@UAEXKK@Z ?LockRange@CStdioFile@@UAEXKK@Z
?LockRegion@CArchiveStream@@UAGJT_ULARGE_INTEGER@@0K@Z
?LockServer@XClassFactory@COleObjectFactory@@UAGJH@Z ?Lookup@CMapPtrToPtr@@QBEHPAXAAPAX@Z
?Lookup@CMapPtrToWord@@QBEHPAXAAG@Z ?Lookup@CMapStringToOb@@QBEHPBDAAPAVCObject@@@Z
?Lookup@CMapStringToPtr@@QBEHPBDAAPAX@Z ?Lookup@CMapStringToString@@QBEHPBDAAVCString@@@Z
?Lookup@CMapWordToOb@@QBEHGAAPAVCObject@@@Z ?Lookup@CMapWordToPtr@@QBEHGAAPAX@Z
?Lookup@COleDataSource@@IBEPAUAFX_DATACACHE_ENTRY@@PAUtagFORMATETC@@W4tagDATADIR@@@Z
?Lookup@CTypeLibCache@@QAEHKPAPAUITypeLib@@@Z ?LookupHandle@CAsyncSocket@@SGPAV1@IH@Z
?LookupItem@CRichEditDoc@@QBEPAVCRichEditCntrItem@@PAUIOleObject@@@Z
?LookupKey@CMapStringToOb@@QBEHPBDAAPBD@Z ?LookupKey@CMapStringToPtr@@QBEHPBDAAPBD@Z
?LookupKey@CMapStringToString@@QBEHPBDAAPBD@Z
?LookupTypeInfo@CTypeLibCache@@QAEHKABU_GUID@@PAPAUITypeInfo@@@Z ?LPtoDP@CDC@@QBEXPAUtagSIZE@@@Z
?LPtoHIMETRIC@CDC@@QBEXPAUtagSIZE@@@Z ?MakeLower@CString@@QAEXXZ ?MakeReverse@CString@@QAEXXZ
?MakeUpper@CString@@QAEXXZ ?MapObject@CArchive@@QAEXPBVCObject@@@Z
?MapPropertyToPage@XPerPropertyBrowsing@COleControl@@UAGJJPAU_GUID@@@Z
?MapResult@COleDialog@@QAEHI@Z ?MapWizardResult@CPropertyPage@@IAEJJ@Z
?MarkForAddNew@CDaoRecordset@@IAEXXZ ?MarkForAddNew@CRecordset@@QAEXXZ
?MarkForEdit@CDaoRecordset@@IAEXXZ ?MarkForUpdate@CRecordset@@QAEXXZ
?MarkItemsClear@CRichEditDoc@@IBEXXZ
?MatchDocType@CDocTemplate@@UAE?AW4Confidence@1@PBDAAPAVCDocument@@@Z
?MatchesMask@CFileFind@@UBEHK@Z ?MDIGetActive@CMDIFrameWnd@@QBEPAVCMDIChildWnd@@PAH@Z
?MeasureItem@CCheckListBox@@UAEXPAUtagMEASUREITEMSTRUCT@@@Z
?MeasureItem@CComboBox@@UAEXPAUtagMEASUREITEMSTRUCT@@@Z
?MeasureItem@CListBox@@UAEXPAUtagMEASUREITEMSTRUCT@@@Z
?MeasureItem@CMenu@@UAEXPAUtagMEASUREITEMSTRUCT@@@Z
?MemberIDFromName@CCmdTarget@@KGJPBUAFX_DISPMAP@@PBD@Z ?Memcpy@CMemFile@@MAEPAEPAEPBEI@Z
?MessageBoxA@COlePropertyPage@@QAEHPBD0I@Z ?MessageBoxA@CWnd@@QAEHPBD0I@Z
?messageMap@CCheckListBox@@1UAFX_MSGMAP@@B ?messageMap@CCmdTarget@@1UAFX_MSGMAP@@B
?messageMap@CColorDialog@@1UAFX_MSGMAP@@B ?messageMap@CColorPropPage@@1UAFX_MSGMAP@@B
?messageMap@CCommonDialog@@1UAFX_MSGMAP@@B ?messageMap@CControlBar@@1UAFX_MSGMAP@@B
?messageMap@CControlFrameWnd@@1UAFX_MSGMAP@@B ?messageMap@CCtrlView@@1UAFX_MSGMAP@@B
?messageMap@CDaoRecordView@@1UAFX_MSGMAP@@B ?messageMap@CDialog@@1UAFX_MSGMAP@@B
?messageMap@CDialogBar@@1UAFX_MSGMAP@@B ?messageMap@CDockBar@@1UAFX_MSGMAP@@B
?messageMap@CDocObjectServer@@1UAFX_MSGMAP@@B ?messageMap@CDocument@@1UAFX_MSGMAP@@B
?messageMap@CEditView@@1UAFX_MSGMAP@@B ?messageMap@CFontPropPage@@1UAFX_MSGMAP@@B
?messageMap@CFormView@@1UAFX_MSGMAP@@B ?messageMap@CFrameWnd@@1UAFX_MSGMAP@@B
?messageMap@CListCtrl@@1UAFX_MSGMAP@@B ?messageMap@CListView@@1UAFX_MSGMAP@@B
?messageMap@CMDIChildWnd@@1UAFX_MSGMAP@@B ?messageMap@CMDIFrameWnd@@1UAFX_MSGMAP@@B
?messageMap@CMiniDockFrameWnd@@1UAFX_MSGMAP@@B ?messageMap@CMiniFrameWnd@@1UAFX_MSGMAP@@B
?messageMap@COleControl@@1UAFX_MSGMAP@@B ?messageMap@COleDocIPFrameWnd@@1UAFX_MSGMAP@@B
?messageMap@COleIPFrameWnd@@1UAFX_MSGMAP@@B ?messageMap@COlePropertyPage@@1UAFX_MSGMAP@@B
?messageMap@COleResizeBar@@1UAFX_MSGMAP@@B ?messageMap@COleServerDoc@@1UAFX_MSGMAP@@B
?messageMap@CPicturePropPage@@1UAFX_MSGMAP@@B ?messageMap@CPreviewView@@1UAFX_MSGMAP@@B
?messageMap@CPrintDialog@@1UAFX_MSGMAP@@B ?messageMap@CPropertyPage@@1UAFX_MSGMAP@@B
?messageMap@CPropertySheet@@1UAFX_MSGMAP@@B ?messageMap@CRecordView@@1UAFX_MSGMAP@@B
?messageMap@CRichEditView@@1UAFX_MSGMAP@@B ?messageMap@CScrollView@@1UAFX_MSGMAP@@B
?messageMap@CSocketWnd@@1UAFX_MSGMAP@@B ?messageMap@CSplitterWnd@@1UAFX_MSGMAP@@B
?messageMap@CStatusBar@@1UAFX_MSGMAP@@B ?messageMap@CStockPropPage@@1UAFX_MSGMAP@@B
?messageMap@CTabCtrl@@1UAFX_MSGMAP@@B ?messageMap@CToolBar@@1UAFX_MSGMAP@@B
?messageMap@CToolBarCtrl@@1UAFX_MSGMAP@@B ?messageMap@CToolTipCtrl@@1UAFX_MSGMAP@@B
?messageMap@CTreeCtrl@@1UAFX_MSGMAP@@B ?messageMap@CTreeView@@1UAFX_MSGMAP@@B
?messageMap@CView@@1UAFX_MSGMAP@@B ?messageMap@CWinApp@@1UAFX_MSGMAP@@B
?messageMap@CWnd@@1UAFX_MSGMAP@@B
?MessagePending@XMessageFilter@COleMessageFilter@@UAGKPAUHTASK__@@KK@Z ?Mid@CString@@QBE?AV1@H@Z
?Mid@CString@@QBE?AV1@HH@Z ?MirrorAttributes@CPreviewDC@@IAEXXZ ?MirrorFont@CPreviewDC@@IAEXXZ
?MirrorMappingMode@CPreviewDC@@IAEXH@Z ?MirrorViewportOrg@CPreviewDC@@IAEXXZ
?ModifyStyle@COleControlSite@@UAEHKKI@Z ?ModifyStyle@CWnd@@QAEHKKI@Z
?ModifyStyle@CWnd@@SGHPAUHWND__@@KKI@Z ?ModifyStyleEx@COleControlSite@@UAEHKKI@Z
?ModifyStyleEx@CWnd@@QAEHKKI@Z ?ModifyStyleEx@CWnd@@SGHPAUHWND__@@KKI@Z ?Move@CDaoRecordset@@UAEXJ@Z
?Move@CDockContext@@QAEXVCPoint@@@Z ?Move@CRecordset@@UAEXJG@Z
?Move@XPropertyPage@COlePropertyPage@@UAGJPBUtagRECT@@@Z ?MoveFirst@CDaoRecordset@@QAEXXZ
?MoveLast@CDaoRecordset@@QAEXXZ ?MoveNext@CDaoRecordset@@QAEXXZ ?MovePrev@CDaoRecordset@@QAEXXZ
?MoveTo@CDC@@QAE?AVCPoint@@HH@Z ?MoveWindow@COleControlSite@@UAEXHHHHH@Z
?MoveWindow@CWnd@@QAEXHHHHH@Z ?MulDiv@CRect@@QBE?AV1@HH@Z ?nDragDelay@COleDropSource@@1IA
?nDragMinDist@COleDropSource@@1IA ?NegotiateBorderSpace@CFrameWnd@@UAEHIPAUtagRECT@@@Z
?NewAssoc@CMapPtrToPtr@@IAEPAUCAssoc@1@XZ ?NewAssoc@CMapPtrToWord@@IAEPAUCAssoc@1@XZ
?NewAssoc@CMapStringToOb@@IAEPAUCAssoc@1@XZ ?NewAssoc@CMapStringToPtr@@IAEPAUCAssoc@1@XZ
?NewAssoc@CMapStringToString@@IAEPAUCAssoc@1@XZ ?NewAssoc@CMapWordToOb@@IAEPAUCAssoc@1@XZ
?NewAssoc@CMapWordToPtr@@IAEPAUCAssoc@1@XZ ?NewNode@CObList@@IAEPAUCNode@1@PAU21@0@Z
?NewNode@CPtrList@@IAEPAUCNode@1@PAU21@0@Z ?NewNode@CStringList@@IAEPAUCNode@1@PAU21@0@Z
?Next@XEnumVOID@CEnumArray@@UAGJKPAXPAK@Z ?nMaxSize@CEditView@@2IB
?NormalizeHit@CRectTracker@@QBEHH@Z ?NormalizeRect@CRect@@QAEXXZ ?Notify@CDataBoundProperty@@QAEXXZ
?NotifyAllInPlace@COleFrameHook@@QAEHHP81@AEHH@Z@Z
?NotifyAllItems@COleServerDoc@@IAEXW4OLE_NOTIFICATION@@K@Z
?NotifyClient@COleServerItem@@QAEXW4OLE_NOTIFICATION@@K@Z ?NotifyFloatingWindows@CFrameWnd@@QAEXK@Z
?NotifyRename@COleServerDoc@@QAEXPBD@Z ?nScrollDelay@COleDropTarget@@1IA
?nScrollInset@COleDropTarget@@1HA ?nScrollInterval@COleDropTarget@@1IA ?OemToCharA@CString@@QAEXXZ
?OffsetClipRgn@CDC@@QAEHHH@Z ?OffsetClipRgn@CDC@@QAEHUtagSIZE@@@Z
?OffsetViewportOrg@CDC@@UAE?AVCPoint@@HH@Z ?OffsetViewportOrg@CMetaFileDC@@UAE?AVCPoint@@HH@Z
?OffsetViewportOrg@CPreviewDC@@UAE?AVCPoint@@HH@Z ?OffsetWindowOrg@CDC@@QAE?AVCPoint@@HH@Z
?OKToDo@XNotifyDBEvents@COleControlSite@@UAGJKKQAUtagDBNOTIFYREASON@@@Z
?OnAccept@CAsyncSocket@@MAEXH@Z ?OnActivate@CControlFrameWnd@@IAEXIPAVCWnd@@H@Z
?OnActivate@CFrameWnd@@IAEXIPAVCWnd@@H@Z ?OnActivate@COleClientItem@@UAEXXZ
?OnActivate@COleFrameHook@@UAEXH@Z ?OnActivateFrame@CFormView@@MAEXIPAVCFrameWnd@@@Z
?OnActivateFrame@CView@@MAEXIPAVCFrameWnd@@@Z ?OnActivateInPlace@COleControl@@MAEJHPAUtagMSG@@@Z
?OnActivateTopLevel@CFrameWnd@@IAEJIJ@Z ?OnActivateTopLevel@CWnd@@IAEJIJ@Z
?OnActivateUI@COleClientItem@@UAEXXZ ?OnActivateView@CDocObjectServer@@MAEJXZ
?OnActivateView@CFormView@@MAEXHPAVCView@@0@Z ?OnActivateView@CPreviewView@@MAEXHPAVCView@@0@Z
?OnActivateView@CView@@MAEXHPAV1@0@Z ?OnAddTool@CToolTipCtrl@@IAEJIJ@Z
?OnAdvise@CConnectionPoint@@UAEXH@Z ?OnAdvise@XEventConnPt@COleControl@@UAEXH@Z
?OnAmbientProperty@CWnd@@UAEHPAVCOleControlSite@@JPAUtagVARIANT@@@Z
?OnAmbientPropertyChange@COleControl@@UAEXJ@Z
?OnAmbientPropertyChange@XOleControl@COleControl@@UAGJJ@Z ?OnAppearanceChanged@COleControl@@UAEXXZ
?OnAppExit@CWinApp@@IAEXXZ ?OnApply@CPropertyPage@@UAEHXZ
?OnApplyScale@COlePropertiesDialog@@UAEHPAVCOleClientItem@@HH@Z
?OnApplyViewState@CDocObjectServer@@MAEXAAVCArchive@@@Z ?OnBackColorChanged@COleControl@@UAEXXZ
?OnBarCheck@CFrameWnd@@QAEHI@Z ?OnBarCheck@COleIPFrameWnd@@IAEHI@Z
?OnBarStyleChange@CControlBar@@UAEXKK@Z ?OnBarStyleChange@CStatusBar@@UAEXKK@Z
?OnBarStyleChange@CToolBar@@UAEXKK@Z ?OnBeginDrag@COleDropSource@@UAEHPAVCWnd@@@Z
?OnBeginPrinting@CEditView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnBeginPrinting@CRichEditView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnBeginPrinting@CView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z ?OnBorderStyleChanged@COleControl@@UAEXXZ
?OnBrowse@CPicturePropPage@@IAEXXZ ?OnBullet@CRichEditView@@IAEXXZ
?OnBusyDialog@COleMessageFilter@@UAEHPAUHTASK__@@@Z ?OnCancel@CCommonDialog@@MAEXXZ
?OnCancel@CDialog@@MAEXXZ ?OnCancel@CPropertyPage@@UAEXXZ ?OnCancelEditCntr@CRichEditView@@IAEXXZ
?OnCancelMode@COleControl@@IAEXXZ ?OnCancelMode@CSplitterWnd@@IAEXXZ ?OnCancelMode@CWnd@@IAEXXZ
?OnChange@COleClientItem@@UAEXW4OLE_NOTIFICATION@@K@Z
?OnChanged@XFontNotification@COleControl@@UAGJJ@Z
?OnChanged@XPropertyNotifySink@COleControlSite@@UAGJJ@Z
?OnChanged@XPropNotifySink@COlePropertyPage@@UAGJJ@Z ?OnChangedRect@CRectTracker@@UAEXABVCRect@@@Z
?OnChangedViewList@CDocument@@UAEXXZ ?OnChangeItemPosition@COleClientItem@@MAEHABVCRect@@@Z
?OnChangeItemPosition@CRichEditCntrItem@@MAEHABVCRect@@@Z ?OnChar@COleControl@@IAEXIII@Z
?OnCharBold@CRichEditView@@IAEXXZ ?OnCharEffect@CRichEditView@@QAEXKK@Z
?OnCharItalic@CRichEditView@@IAEXXZ ?OnCharToItem@CWnd@@IAEHIPAVCListBox@@I@Z
?OnCharUnderline@CRichEditView@@IAEXXZ ?OnChildNotify@CButton@@MAEHIIJPAJ@Z
?OnChildNotify@CCheckListBox@@MAEHIIJPAJ@Z ?OnChildNotify@CComboBox@@MAEHIIJPAJ@Z
?OnChildNotify@CDragListBox@@MAEHIIJPAJ@Z ?OnChildNotify@CHeaderCtrl@@MAEHIIJPAJ@Z
?OnChildNotify@CListBox@@MAEHIIJPAJ@Z ?OnChildNotify@CListCtrl@@MAEHIIJPAJ@Z
?OnChildNotify@CListView@@MAEHIIJPAJ@Z ?OnChildNotify@CStatusBar@@MAEHIIJPAJ@Z
?OnChildNotify@CStatusBarCtrl@@MAEHIIJPAJ@Z ?OnChildNotify@CTabCtrl@@MAEHIIJPAJ@Z
?OnChildNotify@CWnd@@MAEHIIJPAJ@Z ?OnClear@CPicturePropPage@@IAEXXZ ?OnClick@COleControl@@UAEXG@Z
?OnClone@CEnumArray@@MAEPAV1@XZ ?OnClose@CAsyncSocket@@MAEXH@Z ?OnClose@CControlFrameWnd@@IAEXXZ
?OnClose@CFrameWnd@@IAEXXZ ?OnClose@CMiniDockFrameWnd@@QAEXXZ ?OnClose@COleControl@@UAEXK@Z
?OnClose@COleServerDoc@@MAEXW4tagOLECLOSE@@@Z ?OnClose@CPropertySheet@@IAEXXZ
?OnClose@XAdviseSink@COleClientItem@@UAGXXZ ?OnCloseDocument@CDocObjectServer@@UAEXXZ
?OnCloseDocument@CDocument@@UAEXXZ ?OnCloseDocument@COleDocument@@UAEXXZ
?OnCloseDocument@COleLinkingDoc@@UAEXXZ ?OnCloseDocument@COleServerDoc@@UAEXXZ
?OnCmdMsg@CCmdTarget@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@CDialog@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@CDocument@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@CFrameWnd@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@CMDIFrameWnd@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@COleCntrFrameWnd@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@COleDocument@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@CPropertySheet@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@CView@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z ?OnColorDefault@CRichEditView@@IAEXXZ
?OnColorOK@CColorDialog@@MAEHXZ ?OnColorPick@CRichEditView@@IAEXK@Z ?OnCommand@CFrameWnd@@MAEHIJ@Z
?OnCommand@CMDIFrameWnd@@MAEHIJ@Z ?OnCommand@COlePropertyPage@@MAEHIJ@Z
?OnCommand@CPropertySheet@@UAEHIJ@Z ?OnCommand@CSplitterWnd@@MAEHIJ@Z ?OnCommand@CWnd@@MAEHIJ@Z
?OnCommandHelp@CDialog@@IAEJIJ@Z ?OnCommandHelp@CFrameWnd@@IAEJIJ@Z
?OnCommandHelp@CMDIFrameWnd@@IAEJIJ@Z ?OnCommandHelp@CPropertySheet@@IAEJIJ@Z
?OnCompareItem@CWnd@@IAEHHPAUtagCOMPAREITEMSTRUCT@@@Z ?OnConnect@CAsyncSocket@@MAEXH@Z
?OnContextHelp@CFrameWnd@@QAEXXZ ?OnContextHelp@COleFrameHook@@UAEHH@Z
?OnContextHelp@COleIPFrameWnd@@IAEXXZ ?OnContextHelp@CWinApp@@IAEXXZ
?OnControlInfoChanged@XOleControlSite@COleControlSite@@UAGJXZ
?OnCreate@CCheckListBox@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@CControlBar@@QAEHPAUtagCREATESTRUCTA@@@Z ?OnCreate@CEditView@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@CFormView@@IAEHPAUtagCREATESTRUCTA@@@Z ?OnCreate@CFrameWnd@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@CMDIChildWnd@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@COleControl@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@COleIPFrameWnd@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@CPreviewView@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@CRichEditView@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreate@CToolBarCtrl@@IAEHPAUtagCREATESTRUCTA@@@Z ?OnCreate@CView@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnCreateAggregates@CCmdTarget@@UAEHXZ ?OnCreateAggregates@COleControl@@MAEHXZ
?OnCreateClient@CFrameWnd@@MAEHPAUtagCREATESTRUCTA@@PAUCCreateContext@@@Z
?OnCreateClient@CMDIFrameWnd@@UAEHPAUtagCREATESTRUCTA@@PAUCCreateContext@@@Z
?OnCreateControlBars@COleIPFrameWnd@@UAEHPAVCFrameWnd@@0@Z
?OnCreateControlBars@COleIPFrameWnd@@UAEHPAVCWnd@@0@Z
?OnCreateHelper@CFrameWnd@@IAEHPAUtagCREATESTRUCTA@@PAUCCreateContext@@@Z
?OnCreateObject@COleObjectFactory@@MAEPAVCCmdTarget@@XZ
?OnCreateObject@COleTemplateServer@@MAEPAVCCmdTarget@@XZ
?OnCtlColor@CColorDialog@@IAEPAUHBRUSH__@@PAVCDC@@PAVCWnd@@I@Z
?OnCtlColor@CControlBar@@QAEPAUHBRUSH__@@PAVCDC@@PAVCWnd@@I@Z
?OnCtlColor@CDialog@@IAEPAUHBRUSH__@@PAVCDC@@PAVCWnd@@I@Z
?OnCtlColor@COlePropertyPage@@IAEPAUHBRUSH__@@PAVCDC@@PAVCWnd@@I@Z
?OnCtlColor@CPropertyPage@@IAEPAUHBRUSH__@@PAVCDC@@PAVCWnd@@I@Z
?OnCtlColor@CPropertySheet@@IAEPAUHBRUSH__@@PAVCDC@@PAVCWnd@@I@Z
?OnCtlColor@CWnd@@IAEPAUHBRUSH__@@PAVCDC@@PAV1@I@Z ?OnDataAvailable@CAsyncMonikerFile@@MAEXKK@Z
?OnDataAvailable@CCachedDataPathProperty@@UAEXKK@Z
?OnDataChange@COleClientItem@@MAEXPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?OnDataChange@XAdviseSink@COleClientItem@@UAGXPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?OnDDECommand@CDocManager@@UAEHPAD@Z ?OnDDECommand@CWinApp@@UAEHPAD@Z
?OnDDEExecute@CFrameWnd@@IAEJIJ@Z ?OnDDEInitiate@CFrameWnd@@IAEJIJ@Z
?OnDDETerminate@CFrameWnd@@IAEJIJ@Z ?OnDeactivate@COleClientItem@@UAEXXZ
?OnDeactivate@COleServerDoc@@UAEXXZ ?OnDeactivateAndUndo@COleClientItem@@MAEXXZ
?OnDeactivateUI@COleClientItem@@UAEXH@Z ?OnDeactivateUI@COleServerDoc@@UAEXH@Z
?OnDeactivateUI@CRichEditCntrItem@@UAEXH@Z ?OnDeleteItem@CWnd@@IAEXHPAUtagDELETEITEMSTRUCT@@@Z
?OnDestroy@CControlBar@@QAEXXZ ?OnDestroy@CEditView@@IAEXXZ ?OnDestroy@CFrameWnd@@IAEXXZ
?OnDestroy@CMDIChildWnd@@IAEXXZ ?OnDestroy@CMDIFrameWnd@@IAEXXZ ?OnDestroy@COleControl@@IAEXXZ
?OnDestroy@COleIPFrameWnd@@IAEXXZ ?OnDestroy@CRichEditView@@IAEXXZ ?OnDestroy@CTabCtrl@@IAEXXZ
?OnDestroy@CTreeCtrl@@QAEXXZ ?OnDestroy@CTreeView@@QAEXXZ ?OnDestroy@CView@@IAEXXZ
?OnDevModeChange@CRichEditView@@IAEXPAD@Z ?OnDevModeChange@CWnd@@IAEXPAD@Z
?OnDisableModal@CToolTipCtrl@@IAEJIJ@Z ?OnDiscardUndoState@COleClientItem@@MAEXXZ
?OnDisplayChange@CSplitterWnd@@IAEXXZ ?OnDisplayChange@CWnd@@IAEJIJ@Z
?OnDisplayPageNumber@CPreviewView@@MAEXII@Z ?OnDocActivate@COleFrameHook@@UAEHH@Z
?OnDocWindowActivate@COleServerDoc@@MAEXH@Z
?OnDocWindowActivate@XOleInPlaceActiveObject@COleControl@@UAGJH@Z
?OnDocWindowActivate@XOleInPlaceActiveObject@COleServerDoc@@UAGJH@Z
?OnDoVerb@CDocObjectServerItem@@MAEXJ@Z
?OnDoVerb@COleControl@@UAEHJPAUtagMSG@@PAUHWND__@@PBUtagRECT@@@Z ?OnDoVerb@COleServerItem@@UAEXJ@Z
?OnDragEnter@COleDropTarget@@UAEKPAVCWnd@@PAVCOleDataObject@@KVCPoint@@@Z
?OnDragEnter@CView@@UAEKPAVCOleDataObject@@KVCPoint@@@Z ?OnDragLeave@COleDropTarget@@UAEXPAVCWnd@@@Z
?OnDragLeave@CView@@UAEXXZ ?OnDragList@CWnd@@IAEJIJ@Z
?OnDragOver@COleDropTarget@@UAEKPAVCWnd@@PAVCOleDataObject@@KVCPoint@@@Z
?OnDragOver@CView@@UAEKPAVCOleDataObject@@KVCPoint@@@Z
?OnDragScroll@COleDropTarget@@UAEKPAVCWnd@@KVCPoint@@@Z ?OnDragScroll@CView@@UAEKKVCPoint@@@Z
?OnDraw@CCtrlView@@MAEXPAVCDC@@@Z ?OnDraw@CFormView@@MAEXPAVCDC@@@Z
?OnDraw@COleControl@@UAEXPAVCDC@@ABVCRect@@1@Z ?OnDraw@CPreviewView@@MAEXPAVCDC@@@Z
?OnDraw@CView@@MAEXPAVCDC@@@Z ?OnDrawEx@COleServerItem@@UAEHPAVCDC@@W4tagDVASPECT@@AAVCSize@@@Z
?OnDrawItem@CWnd@@IAEXHPAUtagDRAWITEMSTRUCT@@@Z
?OnDrawMetafile@COleControl@@UAEXPAVCDC@@ABVCRect@@@Z
?OnDrawPage@CPageSetupDialog@@UAEIPAVCDC@@IPAUtagRECT@@@Z
?OnDrawSplitter@CSplitterWnd@@MAEXPAVCDC@@W4ESplitType@1@ABVCRect@@@Z
?OnDrop@COleDropTarget@@UAEHPAVCWnd@@PAVCOleDataObject@@KVCPoint@@@Z
?OnDrop@CView@@UAEHPAVCOleDataObject@@KVCPoint@@@Z
?OnDropEx@COleDropTarget@@UAEKPAVCWnd@@PAVCOleDataObject@@KKVCPoint@@@Z
?OnDropEx@CView@@UAEKPAVCOleDataObject@@KKVCPoint@@@Z ?OnDropFiles@CFrameWnd@@IAEXPAUHDROP__@@@Z
?OnDropFiles@CRichEditView@@IAEXPAUHDROP__@@@Z
?OnEdit@COleControl@@UAEHPAUtagMSG@@PAUHWND__@@PBUtagRECT@@@Z ?OnEditChange@CEditView@@IAEHXZ
?OnEditchangeFontstyles@CFontPropPage@@IAEXXZ ?OnEditChangeIcon@COleDocument@@IAEXXZ
?OnEditClear@CEditView@@IAEXXZ ?OnEditClear@CRichEditView@@IAEXXZ
?OnEditConvert@COleDocument@@IAEXXZ ?OnEditCopy@CEditView@@IAEXXZ ?OnEditCopy@CRichEditView@@IAEXXZ
?OnEditCut@CEditView@@IAEXXZ ?OnEditCut@CRichEditView@@IAEXXZ ?OnEditFind@CEditView@@IAEXXZ
?OnEditFind@CRichEditView@@IAEXXZ ?OnEditFindReplace@CEditView@@IAEXH@Z
?OnEditFindReplace@CRichEditView@@IAEXH@Z ?OnEditLinks@COleDocument@@IAEXXZ
?OnEditPaste@CEditView@@IAEXXZ ?OnEditPaste@CRichEditView@@IAEXXZ
?OnEditPasteSpecial@CRichEditView@@IAEXXZ ?OnEditProperties@CRichEditView@@IAEXXZ
?OnEditProperty@CColorPropPage@@MAEHJ@Z ?OnEditProperty@CFontPropPage@@MAEHJ@Z
?OnEditProperty@COlePropertyPage@@UAEHJ@Z ?OnEditProperty@CPicturePropPage@@MAEHJ@Z
?OnEditProperty@CStockPropPage@@IAEHJAAVCComboBox@@@Z ?OnEditRepeat@CEditView@@IAEXXZ
?OnEditRepeat@CRichEditView@@IAEXXZ ?OnEditReplace@CEditView@@IAEXXZ
?OnEditReplace@CRichEditView@@IAEXXZ ?OnEditSelectAll@CEditView@@IAEXXZ
?OnEditSelectAll@CRichEditView@@IAEXXZ ?OnEditUndo@CEditView@@IAEXXZ
?OnEditUndo@CRichEditView@@IAEXXZ ?OnEditupdateFontnames@CFontPropPage@@IAEXXZ
?OnEditupdateFontsizes@CFontPropPage@@IAEXXZ ?OnEnable@CFrameWnd@@IAEXH@Z
?OnEnabledChanged@COleControl@@UAEXXZ ?OnEnableModeless@COleFrameHook@@UAEXH@Z
?OnEndPrinting@CEditView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnEndPrinting@CRichEditView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnEndPrinting@CView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnEndPrintPreview@CView@@MAEXPAVCDC@@PAUCPrintInfo@@UtagPOINT@@PAVCPreviewView@@@Z
?OnEndSession@CFrameWnd@@IAEXH@Z ?OnEnterIdle@CFrameWnd@@IAEXIPAVCWnd@@@Z
?OnEnterIdle@COleControl@@IAEXIPAVCWnd@@@Z ?OnEnterIdle@CWnd@@IAEXIPAV1@@Z
?OnEnumVerbs@COleControl@@UAEHPAPAUIEnumOLEVERB@@@Z ?OnEraseBkgnd@CFrameWnd@@IAEHPAVCDC@@@Z
?OnEraseBkgnd@COleResizeBar@@IAEHPAVCDC@@@Z ?OnEraseBkgnd@CPreviewView@@IAEHPAVCDC@@@Z
?OnEraseBkgnd@CToolBar@@IAEHPAVCDC@@@Z ?OnEraseBkgnd@CWnd@@IAEHPAVCDC@@@Z
?OnEvent@CCmdTarget@@QAEHIPAUAFX_EVENT@@PAUAFX_CMDHANDLERINFO@@@Z
?OnEvent@COccManager@@UAEHPAVCCmdTarget@@IPAUAFX_EVENT@@PAUAFX_CMDHANDLERINFO@@@Z
?OnEvent@COleControlSite@@IAEHPAUAFX_EVENT@@@Z ?OnEventAdvise@COleControl@@UAEXH@Z
?OnExecOleCmd@CDocObjectServer@@IAGJPBU_GUID@@KKPAUtagVARIANT@@1@Z
?OnExecOleCmd@COleServerDoc@@MAEJPBU_GUID@@KKPAUtagVARIANT@@1@Z ?OnFileClose@CDocument@@IAEXXZ
?OnFileNameChange@CFileDialog@@MAEXXZ ?OnFileNameOK@CFileDialog@@MAEHXZ
?OnFileNew@CDocManager@@UAEXXZ ?OnFileNew@CWinApp@@IAEXXZ ?OnFileOpen@CDocManager@@UAEXXZ
?OnFileOpen@CWinApp@@IAEXXZ ?OnFilePrint@CView@@IAEXXZ ?OnFilePrintPreview@CView@@IAEXXZ
?OnFilePrintSetup@CWinApp@@IAEXXZ ?OnFileSave@CDocument@@IAEXXZ ?OnFileSaveAs@CDocument@@IAEXXZ
?OnFileSaveCopyAs@COleServerDoc@@IAEXXZ ?OnFileSendMail@CDocument@@IAEXXZ
?OnFileSendMail@COleDocument@@IAEXXZ ?OnFileUpdate@COleServerDoc@@IAEXXZ
?OnFinalRelease@CCmdTarget@@UAEXXZ ?OnFinalRelease@CDocument@@UAEXXZ
?OnFinalRelease@COleControl@@MAEXXZ ?OnFinalRelease@COlePropertyPage@@MAEXXZ
?OnFinalRelease@COleServerItem@@UAEXXZ ?OnFinalRelease@CWnd@@UAEXXZ
?OnFindEmbeddedItem@COleLinkingDoc@@MAEPAVCOleClientItem@@PBD@Z ?OnFindNext@CEditView@@MAEXPBDHH@Z
?OnFindNext@CRichEditView@@MAEXPBDHHH@Z ?OnFindReplaceCmd@CEditView@@IAEJIJ@Z
?OnFindReplaceCmd@CRichEditView@@IAEJIJ@Z ?OnFloatStatus@CMiniFrameWnd@@QAEJIJ@Z
?OnFocus@XOleControlSite@COleControlSite@@UAGJH@Z ?OnFolderChange@CFileDialog@@MAEXXZ
?OnFontChanged@COleControl@@UAEXXZ ?OnForeColorChanged@COleControl@@UAEXXZ
?OnFormatFont@CRichEditView@@IAEXXZ ?OnFrameClose@COleControl@@MAEXXZ
?OnFrameWindowActivate@COleServerDoc@@MAEXH@Z
?OnFrameWindowActivate@XOleInPlaceActiveObject@COleControl@@UAGJH@Z
?OnFrameWindowActivate@XOleInPlaceActiveObject@COleServerDoc@@UAGJH@Z
?OnFreezeEvents@COleControl@@UAEXH@Z ?OnGetCheckPosition@CCheckListBox@@UAE?AVCRect@@V2@0@Z
?OnGetClipboardData@COleClientItem@@UAEPAVCOleDataSource@@HPAUtagPOINT@@PAUtagSIZE@@@Z
?OnGetClipboardData@COleServerItem@@UAEPAVCOleDataSource@@HPAUtagPOINT@@PAUtagSIZE@@@Z
?OnGetClipRect@COleClientItem@@MAEXAAVCRect@@@Z
?OnGetColorSet@COleControl@@UAEHPAUtagDVTARGETDEVICE@@PAUHDC__@@PAPAUtagLOGPALETTE@@@Z
?OnGetControlInfo@COleControl@@UAEXPAUtagCONTROLINFO@@@Z
?OnGetDisplayString@COleControl@@UAEHJAAVCString@@@Z ?OnGetDlgCode@COleControl@@IAEIXZ
?OnGetEmbeddedItem@CRichEditDoc@@MAEPAVCOleServerItem@@XZ
?OnGetExtent@COleServerItem@@UAEHW4tagDVASPECT@@AAVCSize@@@Z
?OnGetInPlaceMenu@COleControl@@UAEPAUHMENU__@@XZ ?OnGetItemPosition@COleClientItem@@MAEXAAVCRect@@@Z
?OnGetLinkedItem@COleLinkingDoc@@MAEPAVCOleServerItem@@PBD@Z
?OnGetLinkedItem@COleServerDoc@@UAEPAVCOleServerItem@@PBD@Z
?OnGetMinMaxInfo@CMiniFrameWnd@@QAEXPAUtagMINMAXINFO@@@Z
?OnGetNaturalExtent@COleControl@@UAEHKJPAUtagDVTARGETDEVICE@@PAUHDC__@@PAUtagExtentInfo@@PAUtagSIZE@@@Z
?OnGetPredefinedStrings@COleControl@@UAEHJPAVCStringArray@@PAVCDWordArray@@@Z
?OnGetPredefinedValue@COleControl@@UAEHJKPAUtagVARIANT@@@Z ?OnGetText@CMiniFrameWnd@@QAEJIJ@Z
?OnGetText@CStatusBar@@IAEJIJ@Z ?OnGetTextLength@CMiniFrameWnd@@QAEJIJ@Z
?OnGetTextLength@CStatusBar@@IAEJIJ@Z
?OnGetViewExtent@COleControl@@UAEHKJPAUtagDVTARGETDEVICE@@PAUtagSIZE@@@Z
?OnGetViewRect@COleControl@@UAEHKPAU_RECTL@@@Z ?OnGetViewStatus@COleControl@@UAEKXZ
?OnGetWindowContext@COleClientItem@@MAEHPAPAVCFrameWnd@@0PAUtagOIFI@@@Z
?OnGrayCtlColor@CWnd@@QAEPAUHBRUSH__@@PAVCDC@@PAV1@I@Z ?OnHelp@CFrameWnd@@IAEXXZ
?OnHelp@COlePropertyPage@@UAEHPBD@Z ?OnHelp@CWinApp@@IAEXXZ ?OnHelp@CWnd@@QAEXXZ
?OnHelpFinder@CWinApp@@IAEXXZ ?OnHelpFinder@CWnd@@QAEXXZ ?OnHelpHitTest@CControlBar@@QAEJIJ@Z
?OnHelpHitTest@CDialog@@IAEJIJ@Z ?OnHelpHitTest@CFrameWnd@@IAEJIJ@Z ?OnHelpIndex@CWinApp@@IAEXXZ
?OnHelpIndex@CWnd@@QAEXXZ ?OnHelpInfo@CCommonDialog@@IAEHPAUtagHELPINFO@@@Z
?OnHelpInfo@CWnd@@IAEHPAUtagHELPINFO@@@Z ?OnHelpUsing@CWinApp@@IAEXXZ ?OnHelpUsing@CWnd@@QAEXXZ
?OnHide@CDocObjectServerItem@@MAEXXZ ?OnHide@COleControl@@MAEJXZ ?OnHide@COleServerItem@@MAEXXZ
?OnHideToolBars@COleControl@@UAEXXZ ?OnHScroll@CFrameWnd@@IAEXIIPAVCScrollBar@@@Z
?OnHScroll@CPreviewView@@IAEXIIPAVCScrollBar@@@Z ?OnHScroll@CScrollView@@QAEXIIPAVCScrollBar@@@Z
?OnHScroll@CSplitterWnd@@IAEXIIPAVCScrollBar@@@Z ?OnHScroll@CWnd@@IAEXIIPAVCScrollBar@@@Z
?OnIdle@CDocTemplate@@UAEXXZ ?OnIdle@CDocument@@UAEXXZ ?OnIdle@COleDocument@@UAEXXZ
?OnIdle@CWinApp@@UAEHJ@Z ?OnIdle@CWinThread@@UAEHJ@Z ?OnIdleUpdateCmdUI@CControlBar@@QAEJIJ@Z
?OnIdleUpdateCmdUI@CFrameWnd@@IAEXXZ ?OnIdleUpdateCmdUI@CMDIFrameWnd@@IAEXXZ
?OnIdleUpdateCmdUI@COleCntrFrameWnd@@QAEXXZ ?OnIdleUpdateCmdUI@COleIPFrameWnd@@IAEXXZ
?OnInactiveMouseMove@COleControl@@UAEXPBUtagRECT@@JJK@Z
?OnInactiveMouseMove@XPointerInactive@COleControl@@UAGJPBUtagRECT@@JJK@Z
?OnInactiveSetCursor@COleControl@@UAEHPBUtagRECT@@JJKH@Z
?OnInactiveSetCursor@XPointerInactive@COleControl@@UAGJPBUtagRECT@@JJKH@Z
?OnInitDialog@CColorPropPage@@MAEHXZ ?OnInitDialog@CDialog@@UAEHXZ
?OnInitDialog@CFontPropPage@@MAEHXZ ?OnInitDialog@COlePropertiesDialog@@UAEHXZ
?OnInitDialog@COlePropertyPage@@UAEHXZ ?OnInitDialog@CPicturePropPage@@MAEHXZ
?OnInitDialog@CPropertySheet@@UAEHXZ ?OnInitDone@CFileDialog@@MAEXXZ
?OnInitFromData@COleServerItem@@UAEHPAVCOleDataObject@@H@Z ?OnInitialUpdate@CControlBar@@QAEXXZ
?OnInitialUpdate@CDaoRecordView@@UAEXXZ ?OnInitialUpdate@CFormView@@UAEXXZ
?OnInitialUpdate@CRecordView@@UAEXXZ ?OnInitialUpdate@CRichEditView@@MAEXXZ
?OnInitialUpdate@CView@@UAEXXZ ?OnInitMenuPopup@CFrameWnd@@IAEXPAVCMenu@@IH@Z
?OnInitMenuPopup@COleControl@@IAEXPAVCMenu@@IH@Z
?OnInPlaceActivate@XOleIPSite@COleClientItem@@UAGJXZ
?OnInPlaceActivate@XOleIPSite@COleControlSite@@UAGJXZ
?OnInPlaceDeactivate@XOleIPSite@COleClientItem@@UAGJXZ
?OnInPlaceDeactivate@XOleIPSite@COleControlSite@@UAGJXZ
?OnInsertMenus@COleClientItem@@UAEXPAVCMenu@@PAUtagOleMenuGroupWidths@@@Z
?OnInsertObject@CRichEditView@@IAEXXZ ?OnInvertTracker@CSplitterWnd@@MAEXABVCRect@@@Z
?OnKey@CDockContext@@QAEXHH@Z ?OnKeyDown@CCheckListBox@@IAEXIII@Z ?OnKeyDown@COleControl@@IAEXIII@Z
?OnKeyDown@CRichEditView@@IAEXIII@Z ?OnKeyDown@CSplitterWnd@@IAEXIII@Z
?OnKeyDownEvent@COleControl@@UAEXGG@Z ?OnKeyPressEvent@COleControl@@UAEXG@Z
?OnKeyUp@COleControl@@IAEXIII@Z ?OnKeyUpEvent@COleControl@@UAEXGG@Z
?OnKillActive@CPropertyPage@@UAEHXZ ?OnKillFocus@COleControl@@IAEXPAVCWnd@@@Z
?OnLBAddString@CCheckListBox@@IAEJIJ@Z ?OnLBFindString@CCheckListBox@@IAEJIJ@Z
?OnLBFindStringExact@CCheckListBox@@IAEJIJ@Z ?OnLBGetItemData@CCheckListBox@@IAEJIJ@Z
?OnLBGetText@CCheckListBox@@IAEJIJ@Z ?OnLBInsertString@CCheckListBox@@IAEJIJ@Z
?OnLBSelChangedNotify@CFileDialog@@MAEXIII@Z ?OnLBSelectString@CCheckListBox@@IAEJIJ@Z
?OnLBSetItemData@CCheckListBox@@IAEJIJ@Z ?OnLBSetItemHeight@CCheckListBox@@IAEJIJ@Z
?OnLButtonDblClk@CCheckListBox@@IAEXIVCPoint@@@Z ?OnLButtonDblClk@CControlBar@@QAEXIVCPoint@@@Z
?OnLButtonDblClk@COleControl@@IAEXIVCPoint@@@Z ?OnLButtonDblClk@CSplitterWnd@@IAEXIVCPoint@@@Z
?OnLButtonDown@CCheckListBox@@IAEXIVCPoint@@@Z ?OnLButtonDown@CControlBar@@QAEXIVCPoint@@@Z
?OnLButtonDown@COleControl@@IAEXIVCPoint@@@Z ?OnLButtonDown@COleResizeBar@@IAEXIVCPoint@@@Z
?OnLButtonDown@CPreviewView@@IAEXIVCPoint@@@Z ?OnLButtonDown@CSplitterWnd@@IAEXIVCPoint@@@Z
?OnLButtonUp@CMiniFrameWnd@@QAEXIVCPoint@@@Z ?OnLButtonUp@COleControl@@IAEXIVCPoint@@@Z
?OnLButtonUp@CSplitterWnd@@IAEXIVCPoint@@@Z ?OnLowResource@CAsyncMonikerFile@@MAEXXZ
?OnMapPropertyToPage@COleControl@@UAEHJPAU_GUID@@PAH@Z
?OnMButtonDblClk@COleControl@@IAEXIVCPoint@@@Z ?OnMButtonDown@COleControl@@IAEXIVCPoint@@@Z
?OnMButtonUp@COleControl@@IAEXIVCPoint@@@Z ?OnMDIActivate@CMDIChildWnd@@IAEXHPAVCWnd@@0@Z
?OnMDIWindowCmd@CMDIFrameWnd@@IAEHI@Z ?OnMeasureItem@CWnd@@IAEXHPAUtagMEASUREITEMSTRUCT@@@Z
?OnMenuChar@CMDIFrameWnd@@IAEJIIPAVCMenu@@@Z ?OnMenuSelect@CFrameWnd@@IAEXIIPAUHMENU__@@@Z
?OnMenuSelect@COleControl@@IAEXIIPAUHMENU__@@@Z
?OnMessagePending@COleMessageFilter@@UAEHPBUtagMSG@@@Z ?OnMessagePending@CSocket@@MAEHXZ
?OnMnemonic@COleControl@@UAEXPAUtagMSG@@@Z ?OnMnemonic@XOleControl@COleControl@@UAGJPAUtagMSG@@@Z
?OnMouseActivate@CControlBar@@QAEHPAVCWnd@@II@Z ?OnMouseActivate@CMDIChildWnd@@IAEHPAVCWnd@@II@Z
?OnMouseActivate@CMiniDockFrameWnd@@QAEHPAVCWnd@@II@Z
?OnMouseActivate@COleControl@@IAEHPAVCWnd@@II@Z ?OnMouseActivate@CView@@IAEHPAVCWnd@@II@Z
?OnMouseMove@CMiniFrameWnd@@QAEXIVCPoint@@@Z ?OnMouseMove@COleControl@@IAEXIVCPoint@@@Z
?OnMouseMove@CSplitterWnd@@IAEXIVCPoint@@@Z ?OnMove@CDaoRecordView@@UAEHI@Z
?OnMove@COleControl@@IAEXHH@Z ?OnMove@CRecordView@@UAEHI@Z ?OnNcActivate@CFrameWnd@@IAEHH@Z
?OnNcActivate@CMDIChildWnd@@IAEHH@Z ?OnNcActivate@CMiniFrameWnd@@QAEHH@Z
?OnNcCalcSize@CDockBar@@IAEXHPAUtagNCCALCSIZE_PARAMS@@@Z
?OnNcCalcSize@CMiniFrameWnd@@QAEXHPAUtagNCCALCSIZE_PARAMS@@@Z
?OnNcCalcSize@COleControl@@IAEXHPAUtagNCCALCSIZE_PARAMS@@@Z
?OnNcCalcSize@CStatusBar@@IAEXHPAUtagNCCALCSIZE_PARAMS@@@Z
?OnNcCalcSize@CToolBar@@IAEXHPAUtagNCCALCSIZE_PARAMS@@@Z
?OnNcCreate@CMDIChildWnd@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnNcCreate@CMiniFrameWnd@@QAEHPAUtagCREATESTRUCTA@@@Z
?OnNcCreate@COleControl@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnNcCreate@CPropertySheet@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnNcCreate@CSplitterWnd@@IAEHPAUtagCREATESTRUCTA@@@Z
?OnNcCreate@CToolBar@@IAEHPAUtagCREATESTRUCTA@@@Z ?OnNcDestroy@CListCtrl@@IAEXXZ
?OnNcDestroy@CListView@@QAEXXZ ?OnNcDestroy@CWnd@@IAEXXZ ?OnNcHitTest@CMiniFrameWnd@@QAEIVCPoint@@@Z
?OnNcHitTest@COleControl@@IAEIVCPoint@@@Z ?OnNcHitTest@CStatusBar@@IAEIVCPoint@@@Z
?OnNcHitTest@CToolBar@@IAEIVCPoint@@@Z ?OnNcLButtonDblClk@CMiniDockFrameWnd@@QAEXIVCPoint@@@Z
?OnNcLButtonDown@CMiniDockFrameWnd@@QAEXIVCPoint@@@Z
?OnNcLButtonDown@CMiniFrameWnd@@QAEXIVCPoint@@@Z ?OnNcLButtonDown@COleControl@@IAEXIVCPoint@@@Z
?OnNcPaint@CDockBar@@IAEXXZ ?OnNcPaint@CMiniFrameWnd@@QAEXXZ ?OnNcPaint@COleControl@@IAEXXZ
?OnNcPaint@CStatusBar@@IAEXXZ ?OnNcPaint@CToolBar@@IAEXXZ ?OnNewDocument@CDocument@@UAEHXZ
?OnNewDocument@COleDocument@@UAEHXZ ?OnNewDocument@COleLinkingDoc@@UAEHXZ
?OnNewEmbedding@COleServerDoc@@MAEXPAUIStorage@@@Z ?OnNext@CEnumArray@@MAEHPAX@Z
?OnNext@CEnumConnPoints@@MAEHPAX@Z ?OnNext@CEnumFormatEtc@@MAEHPAX@Z ?OnNext@CEnumOleVerb@@MAEHPAX@Z
?OnNext@CEnumUnknown@@MAEHPAX@Z ?OnNextPage@CPreviewView@@IAEXXZ ?OnNextPaneCmd@CView@@IAEHI@Z
?OnNotify@CFileDialog@@MAEHIJPAJ@Z ?OnNotify@CPropertyPage@@MAEHIJPAJ@Z
?OnNotify@CSplitterWnd@@MAEHIJPAJ@Z ?OnNotify@CWnd@@MAEHIJPAJ@Z
?OnNotRespondingDialog@COleMessageFilter@@UAEHPAUHTASK__@@@Z ?OnNTCtlColor@CWnd@@IAEJIJ@Z
?OnNumPageChange@CPreviewView@@IAEXXZ ?OnObjectsChanged@CColorPropPage@@MAEXXZ
?OnObjectsChanged@CFontPropPage@@MAEXXZ ?OnObjectsChanged@COlePropertyPage@@UAEXXZ
?OnObjectsChanged@CPicturePropPage@@MAEXXZ ?OnOcmCtlColorBtn@COleControl@@IAEJIJ@Z
?OnOcmCtlColorDlg@COleControl@@IAEJIJ@Z ?OnOcmCtlColorEdit@COleControl@@IAEJIJ@Z
?OnOcmCtlColorListBox@COleControl@@IAEJIJ@Z ?OnOcmCtlColorMsgBox@COleControl@@IAEJIJ@Z
?OnOcmCtlColorScrollBar@COleControl@@IAEJIJ@Z ?OnOcmCtlColorStatic@COleControl@@IAEJIJ@Z
?OnOK@CCommonDialog@@MAEXXZ ?OnOK@CDialog@@MAEXXZ ?OnOK@CPropertyPage@@UAEXXZ
?OnOpen@CDocObjectServerItem@@MAEXXZ ?OnOpen@COleControl@@MAEJHPAUtagMSG@@@Z
?OnOpen@COleServerItem@@MAEXXZ ?OnOpenDocument@CDocument@@UAEHPBD@Z
?OnOpenDocument@COleDocument@@UAEHPBD@Z ?OnOpenDocument@COleLinkingDoc@@UAEHPBD@Z
?OnOpenEmbedding@COleServerDoc@@MAEXPAUIStorage@@@Z ?OnOpenRecentFile@CWinApp@@IAEHI@Z
?OnOutOfBandData@CAsyncSocket@@MAEXH@Z ?OnPaint@CControlBar@@QAEXXZ ?OnPaint@CCtrlView@@IAEXXZ
?OnPaint@CDockBar@@IAEXXZ ?OnPaint@CFontPropPage@@MAEXXZ ?OnPaint@COleControl@@IAEXPAVCDC@@@Z
?OnPaint@COleResizeBar@@IAEXXZ ?OnPaint@CPicturePropPage@@IAEXXZ ?OnPaint@CSplitterWnd@@IAEXXZ
?OnPaint@CStatusBar@@IAEXXZ ?OnPaint@CToolBar@@IAEXXZ ?OnPaint@CView@@IAEXXZ
?OnPaletteChanged@CFrameWnd@@IAEXPAVCWnd@@@Z ?OnPaletteChanged@COleFrameHook@@UAEXPAVCWnd@@@Z
?OnParaAlign@CRichEditView@@QAEXG@Z ?OnParaCenter@CRichEditView@@IAEXXZ
?OnParaLeft@CRichEditView@@IAEXXZ ?OnParaRight@CRichEditView@@IAEXXZ ?OnParentNotify@CWnd@@IAEXIJ@Z
?OnPasteNativeObject@CRichEditView@@MAEHPAUIStorage@@@Z ?OnPopMessageString@CFrameWnd@@IAEJIJ@Z
?OnPosRectChange@XOleIPSite@COleClientItem@@UAGJPBUtagRECT@@@Z
?OnPosRectChange@XOleIPSite@COleControlSite@@UAGJPBUtagRECT@@@Z
?OnPrepareDC@CEditView@@UAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnPrepareDC@CPreviewView@@UAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnPrepareDC@CRichEditView@@UAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnPrepareDC@CScrollView@@UAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnPrepareDC@CView@@UAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnPreparePrinting@CEditView@@MAEHPAUCPrintInfo@@@Z ?OnPreparePrinting@CView@@MAEHPAUCPrintInfo@@@Z
?OnPreTranslateMessage@COleFrameHook@@UAEHPAUtagMSG@@@Z ?OnPreviewClose@CPreviewView@@IAEXXZ
?OnPreviewPrint@CPreviewView@@IAEXXZ ?OnPrevPage@CPreviewView@@IAEXXZ
?OnPrint@CEditView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnPrint@CRichEditView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z ?OnPrint@CView@@MAEXPAVCDC@@PAUCPrintInfo@@@Z
?OnPrinterChanged@CRichEditView@@MAEXABVCDC@@@Z ?OnPrintSetup@CPrintDialog@@IAEXXZ
?OnProgress@CAsyncMonikerFile@@MAEXKKKPBD@Z
?OnProperties@COleControl@@UAEHPAUtagMSG@@PAUHWND__@@PBUtagRECT@@@Z
?OnQuery3dControls@CWnd@@IAEJIJ@Z ?OnQueryCancel@CPropertyPage@@UAEHXZ
?OnQueryCenterWnd@CMiniFrameWnd@@QAEJIJ@Z ?OnQueryEndSession@CFrameWnd@@IAEHXZ
?OnQueryHitPoint@COleControl@@UAEHKPBUtagRECT@@UtagPOINT@@JPAK@Z
?OnQueryHitRect@COleControl@@UAEHKPBUtagRECT@@0JPAK@Z ?OnQueryNewPalette@CFrameWnd@@IAEHXZ
?OnQueryNewPalette@COleFrameHook@@UAEHXZ ?OnQueryUpdateItems@COleServerItem@@UAEHXZ
?OnRButtonDblClk@COleControl@@IAEXIVCPoint@@@Z ?OnRButtonDown@COleControl@@IAEXIVCPoint@@@Z
?OnRButtonUp@COleControl@@IAEXIVCPoint@@@Z ?OnReactivateAndUndo@COleServerDoc@@MAEHXZ
?OnRecalcLayout@COleFrameHook@@UAEXXZ ?OnRecalcParent@COleIPFrameWnd@@IAEJIJ@Z
?OnReceive@CAsyncSocket@@MAEXH@Z ?OnReflectorDestroyed@COleControl@@MAEXXZ
?OnRemoveMenus@COleClientItem@@UAEXPAVCMenu@@@Z
?OnRename@XAdviseSink@COleClientItem@@UAGXPAUIMoniker@@@Z
?OnRenderData@CControlDataSource@COleControl@@MAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?OnRenderData@CItemDataSource@COleServerItem@@MAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?OnRenderData@COleControl@@UAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?OnRenderData@COleDataSource@@UAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?OnRenderData@COleServerItem@@UAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@@Z
?OnRenderFileData@CControlDataSource@COleControl@@MAEHPAUtagFORMATETC@@PAVCFile@@@Z
?OnRenderFileData@CItemDataSource@COleServerItem@@MAEHPAUtagFORMATETC@@PAVCFile@@@Z
?OnRenderFileData@COleControl@@UAEHPAUtagFORMATETC@@PAVCFile@@@Z
?OnRenderFileData@COleDataSource@@UAEHPAUtagFORMATETC@@PAVCFile@@@Z
?OnRenderFileData@COleServerItem@@UAEHPAUtagFORMATETC@@PAVCFile@@@Z
?OnRenderGlobalData@CControlDataSource@COleControl@@MAEHPAUtagFORMATETC@@PAPAX@Z
?OnRenderGlobalData@CItemDataSource@COleServerItem@@MAEHPAUtagFORMATETC@@PAPAX@Z
?OnRenderGlobalData@COleControl@@UAEHPAUtagFORMATETC@@PAPAX@Z
?OnRenderGlobalData@COleDataSource@@UAEHPAUtagFORMATETC@@PAPAX@Z
?OnRenderGlobalData@COleServerItem@@UAEHPAUtagFORMATETC@@PAPAX@Z
?OnReplaceAll@CEditView@@MAEXPBD0H@Z ?OnReplaceAll@CRichEditView@@MAEXPBD0HH@Z
?OnReplaceSel@CEditView@@MAEXPBDHH0@Z ?OnReplaceSel@CRichEditView@@MAEXPBDHHH0@Z
?OnRequestEdit@XFontNotification@COleControl@@UAGJJ@Z
?OnRequestEdit@XPropertyNotifySink@COleControlSite@@UAGJJ@Z
?OnRequestEdit@XPropNotifySink@COlePropertyPage@@UAGJJ@Z
?OnRequestPositionChange@COleDocIPFrameWnd@@MAEXPBUtagRECT@@@Z
?OnRequestPositionChange@COleIPFrameWnd@@MAEXPBUtagRECT@@@Z ?OnReset@CEnumArray@@MAEXXZ
?OnReset@CPropertyPage@@UAEXXZ ?OnResetState@COleControl@@UAEXXZ
?OnResizeBorder@COleServerDoc@@UAEXPBUtagRECT@@PAUIOleInPlaceUIWindow@@H@Z
?OnResizeChild@COleIPFrameWnd@@IAEJIJ@Z ?OnSave@XAdviseSink@COleClientItem@@UAGXXZ
?OnSaveDocument@CDocument@@UAEHPBD@Z ?OnSaveDocument@COleDocument@@UAEHPBD@Z
?OnSaveDocument@COleLinkingDoc@@UAEHPBD@Z ?OnSaveDocument@COleServerDoc@@UAEHPBD@Z
?OnSaveEmbedding@COleServerDoc@@MAEXPAUIStorage@@@Z
?OnSaveEmbedding@COleServerItem@@MAEXPAUIStorage@@@Z
?OnSaveViewState@CDocObjectServer@@MAEXAAVCArchive@@@Z ?OnScroll@CScrollView@@UAEHIIH@Z
?OnScroll@CView@@UAEHIIH@Z ?OnScrollBy@COleClientItem@@MAEHVCSize@@@Z
?OnScrollBy@CScrollView@@UAEHVCSize@@H@Z ?OnScrollBy@CView@@UAEHVCSize@@H@Z
?OnSelChange@CRichEditView@@IAEXPAUtagNMHDR@@PAJ@Z ?OnSelchangeColorprop@CColorPropPage@@AAEXXZ
?OnSelchangeFontnames@CFontPropPage@@IAEXXZ ?OnSelchangeFontprop@CFontPropPage@@IAEXXZ
?OnSelchangeFontsizes@CFontPropPage@@IAEXXZ ?OnSelchangeFontstyles@CFontPropPage@@IAEXXZ
?OnSelchangePictProp@CPicturePropPage@@IAEXXZ
?OnSelchangePropname@CStockPropPage@@IAEXAAVCComboBox@@@Z
?OnSelchangeSystemcolors@CColorPropPage@@AAEXXZ ?OnSelect@CColorPropPage@@AAEXXZ
?OnSend@CAsyncSocket@@MAEXH@Z ?OnSetActive@CPropertyPage@@UAEHXZ ?OnSetBitmapSize@CToolBar@@IAEJIJ@Z
?OnSetButtonSize@CToolBar@@IAEJIJ@Z ?OnSetClientSite@COleControl@@UAEXXZ
?OnSetColorScheme@COleServerItem@@UAEHPBUtagLOGPALETTE@@@Z ?OnSetCursor@CFrameWnd@@IAEHPAVCWnd@@II@Z
?OnSetCursor@COleControl@@IAEHPAVCWnd@@II@Z ?OnSetCursor@COleResizeBar@@IAEHPAVCWnd@@II@Z
?OnSetCursor@CPreviewView@@IAEHPAVCWnd@@II@Z ?OnSetCursor@CSplitterWnd@@IAEHPAVCWnd@@II@Z
?OnSetData@CControlDataSource@COleControl@@MAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?OnSetData@CItemDataSource@COleServerItem@@MAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?OnSetData@COleControl@@UAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?OnSetData@COleDataSource@@UAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?OnSetData@COleServerItem@@UAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?OnSetDefID@CPropertySheet@@IAEJIJ@Z ?OnSetExtent@COleControl@@UAEHPAUtagSIZE@@@Z
?OnSetExtent@COleServerItem@@UAEHW4tagDVASPECT@@ABVCSize@@@Z ?OnSetFocus@CFormView@@IAEXPAVCWnd@@@Z
?OnSetFocus@CFrameWnd@@IAEXPAVCWnd@@@Z ?OnSetFocus@COleControl@@IAEXPAVCWnd@@@Z
?OnSetFont@CCheckListBox@@IAEJIJ@Z ?OnSetFont@CDialog@@UAEXPAVCFont@@@Z
?OnSetFont@CEditView@@IAEJIJ@Z ?OnSetHostNames@COleServerDoc@@MAEXPBD0@Z
?OnSetItemRects@CDocObjectServer@@IAEXPAUtagRECT@@0@Z
?OnSetItemRects@COleServerDoc@@MAEXPBUtagRECT@@0@Z
?OnSetMenu@COleClientItem@@UAEXPAVCMenu@@PAXPAUHWND__@@@Z ?OnSetMessageString@CFrameWnd@@IAEJIJ@Z
?OnSetMessageString@COleControl@@IAEJIJ@Z ?OnSetMessageString@COleIPFrameWnd@@UAEJIJ@Z
?OnSetMinHeight@CStatusBar@@IAEJIJ@Z ?OnSetObjectRects@COleControl@@UAEHPBUtagRECT@@0@Z
?OnSetOptions@CDatabase@@UAEXPAX@Z ?OnSetOptions@CRecordset@@UAEXPAX@Z
?OnSetPageSite@COlePropertyPage@@UAEXXZ ?OnSetPreviewMode@CFrameWnd@@UAEXHPAUCPrintPreviewState@@@Z
?OnSetText@CMiniFrameWnd@@QAEJIJ@Z ?OnSetText@COleControl@@IAEJIJ@Z ?OnSetText@CStatusBar@@IAEJIJ@Z
?OnShareViolation@CFileDialog@@MAEIPBD@Z ?OnShow@CDocObjectServerItem@@MAEXXZ
?OnShow@COleServerItem@@MAEXXZ ?OnShowControlBars@COleClientItem@@UAEHPAVCFrameWnd@@H@Z
?OnShowControlBars@COleServerDoc@@MAEXPAVCFrameWnd@@H@Z ?OnShowDocument@COleServerDoc@@MAEXH@Z
?OnShowItem@COleClientItem@@MAEXXZ ?OnShowToolBars@COleControl@@UAEXXZ
?OnShowViews@COleDocument@@UAEXH@Z ?OnShowViews@COleLinkingDoc@@MAEXH@Z
?OnShowWindow@COleControl@@IAEXHI@Z ?OnShowWindow@CWnd@@IAEXHI@Z
?OnShowWindow@XOleClientSite@COleClientItem@@UAGJH@Z
?OnShowWindow@XOleClientSite@COleControlSite@@UAGJH@Z ?OnSize@CFrameWnd@@IAEXIHH@Z
?OnSize@CMDIChildWnd@@IAEXIHH@Z ?OnSize@CMDIFrameWnd@@IAEXIHH@Z ?OnSize@COleControl@@IAEXIHH@Z
?OnSize@COleIPFrameWnd@@IAEXIHH@Z ?OnSize@COleResizeBar@@IAEXIHH@Z ?OnSize@CPreviewView@@IAEXIHH@Z
?OnSize@CScrollView@@QAEXIHH@Z ?OnSize@CSplitterWnd@@IAEXIHH@Z ?OnSize@CStatusBar@@IAEXIHH@Z
?OnSize@CWnd@@IAEXIHH@Z ?OnSizeParent@CControlBar@@QAEJIJ@Z ?OnSizeParent@CDockBar@@IAEJIJ@Z
?OnSizeParent@COleResizeBar@@IAEJIJ@Z ?OnSkip@CEnumArray@@MAEHXZ ?OnSocketDead@CSocketWnd@@IAEJIJ@Z
?OnSocketNotify@CSocketWnd@@IAEJIJ@Z ?OnSplitCmd@CView@@IAEHI@Z
?OnStartBinding@CAsyncMonikerFile@@MAEXXZ ?OnStatusCallback@CInternetSession@@UAEXKKPAXK@Z
?OnStopBinding@CAsyncMonikerFile@@MAEXJPBD@Z ?OnStrikeout@CFontPropPage@@IAEXXZ
?OnSysColorChange@CToolBar@@IAEXXZ ?OnSysColorChange@CWnd@@IAEXXZ ?OnSysCommand@CFrameWnd@@IAEXIJ@Z
?OnSysCommand@CMiniFrameWnd@@QAEXIJ@Z ?OnSysCommand@CPropertySheet@@IAEXIJ@Z
?OnSysCommand@CSplitterWnd@@IAEXIJ@Z ?OnSysKeyDown@COleControl@@IAEXIII@Z
?OnSysKeyUp@COleControl@@IAEXIII@Z ?OnTextChanged@COleControl@@UAEXXZ
?OnTextNotFound@CEditView@@MAEXPBD@Z ?OnTextNotFound@CRichEditView@@MAEXPBD@Z
?OnTimer@CControlBar@@QAEXI@Z ?OnToolHitTest@CToolBar@@UBEHVCPoint@@PAUtagTOOLINFOA@@@Z
?OnToolHitTest@CWnd@@UBEHVCPoint@@PAUtagTOOLINFOA@@@Z
?OnToolTipText@CFrameWnd@@IAEHIPAUtagNMHDR@@PAJ@Z ?OnTypeChange@CFileDialog@@MAEXXZ
?OnUIActivate@COleControlContainer@@UAEXPAVCOleControlSite@@@Z
?OnUIActivate@XOleIPSite@COleClientItem@@UAGJXZ ?OnUIActivate@XOleIPSite@COleControlSite@@UAGJXZ
?OnUIDeactivate@COleControlContainer@@UAEXPAVCOleControlSite@@@Z
?OnUIDeactivate@XOleIPSite@COleClientItem@@UAGJH@Z
?OnUIDeactivate@XOleIPSite@COleControlSite@@UAGJH@Z ?OnUnderline@CFontPropPage@@IAEXXZ
?OnUpdate@COleServerItem@@UAEXPAV1@JPAVCObject@@W4tagDVASPECT@@@Z
?OnUpdate@CView@@MAEXPAV1@JPAVCObject@@@Z ?OnUpdateBullet@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateCharBold@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateCharEffect@CRichEditView@@QAEXPAVCCmdUI@@KK@Z
?OnUpdateCharItalic@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateCharUnderline@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateCmdUI@CDialogBar@@UAEXPAVCFrameWnd@@H@Z ?OnUpdateCmdUI@CDockBar@@MAEXPAVCFrameWnd@@H@Z
?OnUpdateCmdUI@COleResizeBar@@UAEXPAVCFrameWnd@@H@Z ?OnUpdateCmdUI@CStatusBar@@UAEXPAVCFrameWnd@@H@Z
?OnUpdateCmdUI@CToolBar@@UAEXPAVCFrameWnd@@H@Z ?OnUpdateContextHelp@CFrameWnd@@IAEXPAVCCmdUI@@@Z
?OnUpdateControlBarMenu@CFrameWnd@@QAEXPAVCCmdUI@@@Z
?OnUpdateControlBarMenu@COleIPFrameWnd@@IAEXPAVCCmdUI@@@Z ?OnUpdateDocument@COleServerDoc@@UAEHXZ
?OnUpdateEditChangeIcon@COleDocument@@IAEXPAVCCmdUI@@@Z
?OnUpdateEditLinksMenu@COleDocument@@IAEXPAVCCmdUI@@@Z
?OnUpdateEditPasteSpecial@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateEditProperties@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateEditUndo@CEditView@@IAEXPAVCCmdUI@@@Z ?OnUpdateEditUndo@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateFileExit@COleServerDoc@@IAEXPAVCCmdUI@@@Z
?OnUpdateFileSendMail@CDocument@@IAEXPAVCCmdUI@@@Z
?OnUpdateFileUpdate@COleServerDoc@@IAEXPAVCCmdUI@@@Z
?OnUpdateFrameMenu@CFrameWnd@@UAEXPAUHMENU__@@@Z
?OnUpdateFrameMenu@CMDIChildWnd@@UAEXHPAVCWnd@@PAUHMENU__@@@Z
?OnUpdateFrameMenu@CMDIFrameWnd@@UAEXPAUHMENU__@@@Z ?OnUpdateFrameTitle@CFrameWnd@@UAEXH@Z
?OnUpdateFrameTitle@CMDIChildWnd@@MAEXH@Z ?OnUpdateFrameTitle@CMDIFrameWnd@@UAEXH@Z
?OnUpdateFrameTitle@COleClientItem@@UAEHXZ ?OnUpdateFrameTitle@COleFrameHook@@UAEHXZ
?OnUpdateItems@COleServerItem@@UAEXXZ ?OnUpdateKeyIndicator@CFrameWnd@@IAEXPAVCCmdUI@@@Z
?OnUpdateMDIWindowCmd@CMDIFrameWnd@@IAEXPAVCCmdUI@@@Z ?OnUpdateNeedClip@CEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateNeedClip@CRichEditView@@IAEXPAVCCmdUI@@@Z ?OnUpdateNeedFind@CEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateNeedFind@CRichEditView@@IAEXPAVCCmdUI@@@Z ?OnUpdateNeedSel@CEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateNeedSel@CRichEditView@@IAEXPAVCCmdUI@@@Z ?OnUpdateNeedText@CEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateNeedText@CRichEditView@@IAEXPAVCCmdUI@@@Z ?OnUpdateNextPage@CPreviewView@@IAEXPAVCCmdUI@@@Z
?OnUpdateNextPaneMenu@CView@@IAEXPAVCCmdUI@@@Z
?OnUpdateNumPageChange@CPreviewView@@IAEXPAVCCmdUI@@@Z
?OnUpdateObjectVerbMenu@COleDocument@@IAEXPAVCCmdUI@@@Z
?OnUpdateParaAlign@CRichEditView@@QAEXPAVCCmdUI@@G@Z
?OnUpdateParaCenter@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateParaLeft@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdateParaRight@CRichEditView@@IAEXPAVCCmdUI@@@Z
?OnUpdatePasteLinkMenu@COleDocument@@IAEXPAVCCmdUI@@@Z
?OnUpdatePasteMenu@COleDocument@@IAEXPAVCCmdUI@@@Z ?OnUpdatePrevPage@CPreviewView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecentFileMenu@CWinApp@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordFirst@CDaoRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordFirst@CRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordLast@CDaoRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordLast@CRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordNext@CDaoRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordNext@CRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordPrev@CDaoRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordPrev@CRecordView@@IAEXPAVCCmdUI@@@Z ?OnUpdateSplitCmd@CView@@IAEXPAVCCmdUI@@@Z
?OnUpdateZoomIn@CPreviewView@@IAEXPAVCCmdUI@@@Z ?OnUpdateZoomOut@CPreviewView@@IAEXPAVCCmdUI@@@Z
?OnViewChange@XAdviseSink@COleClientItem@@UAGXKJ@Z ?OnVKeyToItem@CWnd@@IAEHIPAVCListBox@@I@Z
?OnVScroll@CFrameWnd@@IAEXIIPAVCScrollBar@@@Z ?OnVScroll@CPreviewView@@IAEXIIPAVCScrollBar@@@Z
?OnVScroll@CScrollView@@QAEXIIPAVCScrollBar@@@Z ?OnVScroll@CSplitterWnd@@IAEXIIPAVCScrollBar@@@Z
?OnVScroll@CWnd@@IAEXIIPAVCScrollBar@@@Z ?OnWindowFromPoint@CToolTipCtrl@@IAEJIJ@Z
?OnWindowlessMessage@COleControl@@UAEHIIJPAJ@Z
?OnWindowMessage@XOleInPlaceObject@COleControl@@UAGJIIJPAJ@Z ?OnWindowNew@CMDIFrameWnd@@IAEXXZ
?OnWindowPosChanging@CControlBar@@QAEXPAUtagWINDOWPOS@@@Z
?OnWindowPosChanging@CDockBar@@IAEXPAUtagWINDOWPOS@@@Z
?OnWindowPosChanging@CMDIChildWnd@@IAEXPAUtagWINDOWPOS@@@Z
?OnWindowPosChanging@COleIPFrameWnd@@IAEXPAUtagWINDOWPOS@@@Z
?OnWindowPosChanging@CStatusBar@@IAEXPAUtagWINDOWPOS@@@Z
?OnWindowPosChanging@CToolBar@@IAEXPAUtagWINDOWPOS@@@Z ?OnWinIniChange@CWnd@@IAEXPBD@Z
?OnWizardBack@CPropertyPage@@UAEJXZ ?OnWizardFinish@CPropertyPage@@UAEHXZ
?OnWizardNext@CPropertyPage@@UAEJXZ ?OnWndMsg@CWnd@@MAEHIIJPAJ@Z ?OnZoomIn@CPreviewView@@IAEXXZ
?OnZoomOut@CPreviewView@@IAEXXZ
?Open@CAsyncMonikerFile@@UAEHPAUIMoniker@@PAUIBindHost@@PAVCFileException@@@Z
?Open@CAsyncMonikerFile@@UAEHPAUIMoniker@@PAUIServiceProvider@@PAVCFileException@@@Z
?Open@CAsyncMonikerFile@@UAEHPAUIMoniker@@PAUIUnknown@@PAVCFileException@@@Z
?Open@CAsyncMonikerFile@@UAEHPAUIMoniker@@PAVCFileException@@@Z
?Open@CAsyncMonikerFile@@UAEHPBDPAUIBindHost@@PAVCFileException@@@Z
?Open@CAsyncMonikerFile@@UAEHPBDPAUIServiceProvider@@PAVCFileException@@@Z
?Open@CAsyncMonikerFile@@UAEHPBDPAUIUnknown@@PAVCFileException@@@Z
?Open@CAsyncMonikerFile@@UAEHPBDPAVCFileException@@@Z ?Open@CDaoDatabase@@UAEXPBDHH0@Z
?Open@CDaoQueryDef@@UAEXPBD@Z ?Open@CDaoRecordset@@UAEXHPBDH@Z
?Open@CDaoRecordset@@UAEXPAVCDaoQueryDef@@HH@Z ?Open@CDaoRecordset@@UAEXPAVCDaoTableDef@@HH@Z
?Open@CDaoTableDef@@UAEXPBD@Z ?Open@CDaoWorkspace@@UAEXPBD@Z ?Open@CDatabase@@UAEHPBDHH0H@Z
?Open@CDataPathProperty@@UAEHPAVCFileException@@@Z
?Open@CDataPathProperty@@UAEHPAVCOleControl@@PAVCFileException@@@Z
?Open@CDataPathProperty@@UAEHPBDPAVCFileException@@@Z
?Open@CDataPathProperty@@UAEHPBDPAVCOleControl@@PAVCFileException@@@Z
?Open@CFile@@UAEHPBDIPAVCFileException@@@Z ?Open@CMirrorFile@@UAEHPBDIPAVCFileException@@@Z
?Open@CMonikerFile@@MAEHPAUIMoniker@@PAUIBindHost@@PAUIBindStatusCallback@@PAUIBindCtx@@PAVCFileException@@@Z
?Open@CMonikerFile@@MAEHPBDPAUIBindHost@@PAUIBindStatusCallback@@PAUIBindCtx@@PAVCFileException@@@Z
?Open@CMonikerFile@@UAEHPAUIMoniker@@PAVCFileException@@@Z
?Open@CMonikerFile@@UAEHPBDPAVCFileException@@@Z ?Open@CRecordset@@UAEHIPBDK@Z
?Open@CSocketFile@@UAEHPBDIPAVCFileException@@@Z ?Open@CStdioFile@@UAEHPBDIPAVCFileException@@@Z
?Open@XOleDocumentView@CDocObjectServer@@UAGJXZ
?OpenDocumentFile@CDocManager@@UAEPAVCDocument@@PBD@Z
?OpenDocumentFile@CMultiDocTemplate@@UAEPAVCDocument@@PBDH@Z
?OpenDocumentFile@CSingleDocTemplate@@UAEPAVCDocument@@PBDH@Z
?OpenDocumentFile@CWinApp@@UAEPAVCDocument@@PBD@Z ?OpenEx@CDatabase@@UAEHPBDK@Z
?OpenFile@CFtpConnection@@QAEPAVCInternetFile@@PBDKKK@Z
?OpenFile@CGopherConnection@@QAEPAVCGopherFile@@AAVCGopherLocator@@KPBDK@Z
?OpenLinkSource@COleUILinkInfo@@UAGJK@Z
?OpenRequest@CHttpConnection@@QAEPAVCHttpFile@@HPBD0KPAPBD0K@Z
?OpenRequest@CHttpConnection@@QAEPAVCHttpFile@@PBD00KPAPBD0K@Z
?OpenStream@COleStreamFile@@QAEHPAUIStorage@@PBDKPAVCFileException@@@Z
?OpenURL@CInternetSession@@QAEPAVCStdioFile@@PBDKK0K@Z ?OsErrorToException@CFileException@@SGHJ@Z
?OutputString@CDumpContext@@IAEXPBD@Z ?PaginateTo@CEditView@@IAEHPAVCDC@@PAUCPrintInfo@@@Z
?PaginateTo@CRichEditView@@IAEHPAVCDC@@PAUCPrintInfo@@@Z
?PaintHookProc@CPageSetupDialog@@KGIPAUHWND__@@IIJ@Z
?ParentToClient@COleControl@@UBEIPBUtagRECT@@PAUtagPOINT@@H@Z
?ParseCommandLine@CWinApp@@QAEXAAVCCommandLineInfo@@@Z ?ParseCurrency@COleCurrency@@QAEHPBDKK@Z
?ParseDateTime@COleDateTime@@QAEHPBDKK@Z
?ParseDisplayName@XOleContainer@COleControlContainer@@UAGJPAUIBindCtx@@PAGPAKPAPAUIMoniker@@@Z
?ParseDisplayName@XOleItemContainer@COleLinkingDoc@@UAGJPAUIBindCtx@@PAGPAKPAPAUIMoniker@@@Z
?ParseLast@CCommandLineInfo@@IAEXH@Z ?ParseParam@CCommandLineInfo@@UAEXPBDHH@Z
?ParseParamFlag@CCommandLineInfo@@IAEXPBD@Z ?ParseParamNotFlag@CCommandLineInfo@@IAEXPBD@Z
?PasteSpecial@CRichEditCtrl@@QAEXIKPAUHMETAFILE__@@@Z ?PlayMetaFile@CDC@@QAEHPAUHMETAFILE__@@@Z
?PolyBezierTo@CDC@@QAEHPBUtagPOINT@@H@Z ?PolyDraw@CDC@@QAEHPBUtagPOINT@@PBEH@Z
?PolylineTo@CDC@@QAEHPBUtagPOINT@@H@Z ?PositionPage@CPreviewView@@MAEXI@Z
?PostBindToStream@CAsyncMonikerFile@@MAEHPAVCFileException@@@Z
?PostBindToStream@CMonikerFile@@MAEHPAVCFileException@@@Z
?PostCreateDialog@COccManager@@UAEXPAU_AFX_OCC_DIALOG_INFO@@@Z ?PostModal@CDialog@@IAEXXZ
?PostModalDialog@COleControl@@QAEXPAUHWND__@@@Z ?PostNcDestroy@CControlBar@@UAEXXZ
?PostNcDestroy@CControlFrameWnd@@MAEXXZ ?PostNcDestroy@CFindReplaceDialog@@MAEXXZ
?PostNcDestroy@CFrameWnd@@MAEXXZ ?PostNcDestroy@COleCntrFrameWnd@@MAEXXZ
?PostNcDestroy@CReflectorWnd@@MAEXXZ ?PostNcDestroy@CView@@MAEXXZ ?PostNcDestroy@CWnd@@MAEXXZ
?PreBindFields@CRecordset@@UAEXXZ ?PreCloseFrame@CDocument@@UAEXPAVCFrameWnd@@@Z
?PreCloseFrame@COleDocument@@UAEXPAVCFrameWnd@@@Z ?PreCloseFrame@CRichEditDoc@@UAEXPAVCFrameWnd@@@Z
?PreCompareItem@CCheckListBox@@IAEHPAUtagCOMPAREITEMSTRUCT@@@Z
?PreCreateDialog@COccManager@@UAEPBUDLGTEMPLATE@@PAU_AFX_OCC_DIALOG_INFO@@PBU2@@Z
?PreCreateWindow@CControlBar@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CControlFrameWnd@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CCtrlView@@MAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CEditView@@MAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CFrameWnd@@MAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CListView@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CMDIChildWnd@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CMDIFrameWnd@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CMiniFrameWnd@@MAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CRichEditView@@MAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CStatusBar@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CTreeView@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CView@@MAEHAAUtagCREATESTRUCTA@@@Z
?PreCreateWindow@CWnd@@UAEHAAUtagCREATESTRUCTA@@@Z
?PreDeleteItem@CCheckListBox@@IAEXPAUtagDELETEITEMSTRUCT@@@Z
?PreDrawItem@CCheckListBox@@IAEXPAUtagDRAWITEMSTRUCT@@@Z
?PreDrawPage@CPageSetupDialog@@UAEIGGPAUtagPSDA@@@Z ?PreInitDialog@CDialog@@MAEXXZ
?PreInitDialog@COleChangeSourceDialog@@UAEXXZ
?PreMeasureItem@CCheckListBox@@IAEXPAUtagMEASUREITEMSTRUCT@@@Z ?PreModal@CDialog@@IAEPAUHWND__@@XZ
?PreModalDialog@COleControl@@QAEXPAUHWND__@@@Z ?PrepareAndExecute@CRecordset@@IAEXXZ
?PrepareCtrl@CDataExchange@@QAEPAUHWND__@@H@Z ?PrepareEditCtrl@CDataExchange@@QAEPAUHWND__@@H@Z
?PrepareOleCtrl@CDataExchange@@QAEPAVCWnd@@H@Z ?PrepareUpdateHstmt@CRecordset@@IAEXXZ
?PreProcessPageTemplate@CPropertyPage@@IAEXAAU_PROPSHEETPAGEA@@H@Z
?PreSubclassWindow@CDragListBox@@UAEXXZ ?PreSubclassWindow@CWnd@@UAEXXZ
?PreTranslateInput@CWnd@@QAEHPAUtagMSG@@@Z ?PreTranslateMessage@CControlBar@@UAEHPAUtagMSG@@@Z
?PreTranslateMessage@CDialog@@UAEHPAUtagMSG@@@Z ?PreTranslateMessage@CFormView@@MAEHPAUtagMSG@@@Z
?PreTranslateMessage@CFrameWnd@@UAEHPAUtagMSG@@@Z
?PreTranslateMessage@CMDIChildWnd@@UAEHPAUtagMSG@@@Z
?PreTranslateMessage@CMDIFrameWnd@@UAEHPAUtagMSG@@@Z
?PreTranslateMessage@COleIPFrameWnd@@UAEHPAUtagMSG@@@Z
?PreTranslateMessage@COlePropertyPage@@MAEHPAUtagMSG@@@Z
?PreTranslateMessage@CPropertyPage@@MAEHPAUtagMSG@@@Z
?PreTranslateMessage@CPropertySheet@@UAEHPAUtagMSG@@@Z
?PreTranslateMessage@CWinThread@@UAEHPAUtagMSG@@@Z ?PreTranslateMessage@CWnd@@UAEHPAUtagMSG@@@Z
?Print@XPrint@CDocObjectServer@@UAGJKPAPAUtagDVTARGETDEVICE@@PAPAUtagPAGESET@@PAUtagSTGMEDIUM@@PAUIContinueCallback@@JPAJ4@Z
?PrinterDPtoScreenDP@CPreviewDC@@QBEXPAUtagPOINT@@@Z
?PrintInsideRect@CEditView@@QAEIPAVCDC@@AAUtagRECT@@II@Z
?PrintInsideRect@CRichEditView@@QAEJPAVCDC@@AAUtagRECT@@JJH@Z
?PrintPage@CRichEditView@@QAEJPAVCDC@@JJ@Z
?Process@COleDispatchException@@SGXPAUtagEXCEPINFO@@PBVCException@@@Z
?Process@COleException@@SGJPBVCException@@@Z ?ProcessAuxQueue@CSocket@@SGHXZ
?ProcessHelpMsg@CFrameWnd@@IAEHAAUtagMSG@@PAK@Z ?ProcessMessageFilter@CWinThread@@UAEHHPAUtagMSG@@@Z
?ProcessShellCommand@CWinApp@@QAEHAAVCCommandLineInfo@@@Z
?ProcessWndProcException@CWinApp@@UAEJPAVCException@@PBUtagMSG@@@Z
?ProcessWndProcException@CWinThread@@UAEJPAVCException@@PBUtagMSG@@@Z
?PtrOfIndex@COleSafeArray@@QAEXPAJPAPAX@Z ?PtVisible@CDC@@UBEHHH@Z ?PtVisible@CMetaFileDC@@UBEHHH@Z
?PumpMessage@CWinThread@@UAEHXZ ?PumpMessages@CSocket@@MAEHI@Z
?PushStackArgs@CCmdTarget@@IAEJPAEPBEPAXGPAUtagDISPPARAMS@@PAIPAUtagVARIANT@@@Z
?PutElement@COleSafeArray@@QAEXPAJPAX@Z ?PutFile@CFtpConnection@@QAEHPBD0KK@Z
?PX_Blob@@YAHPAVCPropExchange@@PBDAAPAXPAX@Z ?PX_Bool@@YAHPAVCPropExchange@@PBDAAH@Z
?PX_Bool@@YAHPAVCPropExchange@@PBDAAHH@Z ?PX_Color@@YAHPAVCPropExchange@@PBDAAK@Z
?PX_Color@@YAHPAVCPropExchange@@PBDAAKK@Z ?PX_Currency@@YAHPAVCPropExchange@@PBDAATtagCY@@@Z
?PX_Currency@@YAHPAVCPropExchange@@PBDAATtagCY@@T2@@Z
?PX_DataPath@@YAHPAVCPropExchange@@PBDAAVCDataPathProperty@@1@Z
?PX_DataPath@@YAHPAVCPropExchange@@PBDAAVCDataPathProperty@@ABVCString@@@Z
?PX_Double@@YAHPAVCPropExchange@@PBDAAN@Z ?PX_Double@@YAHPAVCPropExchange@@PBDAANN@Z
?PX_Float@@YAHPAVCPropExchange@@PBDAAM@Z ?PX_Float@@YAHPAVCPropExchange@@PBDAAMM@Z
?PX_Font@@YAHPAVCPropExchange@@PBDAAVCFontHolder@@PBUtagFONTDESC@@PAUIFontDisp@@@Z
?PX_IUnknown@@YAHPAVCPropExchange@@PBDAAPAUIUnknown@@ABU_GUID@@PAU2@@Z
?PX_Long@@YAHPAVCPropExchange@@PBDAAJ@Z ?PX_Long@@YAHPAVCPropExchange@@PBDAAJJ@Z
?PX_Picture@@YAHPAVCPropExchange@@PBDAAVCPictureHolder@@@Z
?PX_Picture@@YAHPAVCPropExchange@@PBDAAVCPictureHolder@@2@Z ?PX_Short@@YAHPAVCPropExchange@@PBDAAF@Z
?PX_Short@@YAHPAVCPropExchange@@PBDAAFF@Z ?PX_String@@YAHPAVCPropExchange@@PBDAAVCString@@@Z
?PX_String@@YAHPAVCPropExchange@@PBDAAVCString@@1@Z
?PX_String@@YAHPAVCPropExchange@@PBDAAVCString@@ABV2@@Z ?PX_ULong@@YAHPAVCPropExchange@@PBDAAK@Z
?PX_ULong@@YAHPAVCPropExchange@@PBDAAKK@Z ?PX_UShort@@YAHPAVCPropExchange@@PBDAAG@Z
?PX_UShort@@YAHPAVCPropExchange@@PBDAAGG@Z
?PX_VBXFontConvert@@YAHPAVCPropExchange@@AAVCFontHolder@@@Z
?QueryAcceptData@CRichEditView@@MAEJPAUIDataObject@@PAGKHPAX@Z
?QueryAcceptData@XRichEditOleCallback@CRichEditView@@UAGJPAUIDataObject@@PAGKHPAX@Z
?QueryAggregates@CCmdTarget@@QAEPAUIUnknown@@PBX@Z ?QueryContinueDrag@COleDropSource@@UAEJHK@Z
?QueryContinueDrag@XDropSource@COleDropSource@@UAGJHK@Z
?QueryDefHandler@COleControl@@IAEPAXABU_GUID@@@Z
?QueryGetData@XDataObject@COleControl@@UAGJPAUtagFORMATETC@@@Z
?QueryGetData@XDataObject@COleDataSource@@UAGJPAUtagFORMATETC@@@Z
?QueryGetData@XDataObject@COleServerDoc@@UAGJPAUtagFORMATETC@@@Z
?QueryGetData@XDataObject@COleServerItem@@UAGJPAUtagFORMATETC@@@Z
?QueryHitPoint@XViewObject@COleControl@@UAGJKPBUtagRECT@@UtagPOINT@@JPAK@Z
?QueryHitRect@XViewObject@COleControl@@UAGJKPBUtagRECT@@0JPAK@Z
?QueryInfo@CHttpFile@@QBEHKAAVCString@@PAK@Z ?QueryInfo@CHttpFile@@QBEHKPAU_SYSTEMTIME@@PAK@Z
?QueryInfo@CHttpFile@@QBEHKPAXPAK1@Z ?QueryInfoStatusCode@CHttpFile@@QBEHAAK@Z
?QueryInsertObject@XRichEditOleCallback@CRichEditView@@UAGJPAU_GUID@@PAUIStorage@@J@Z
?QueryInterface@?$_CIP@UIBindHost@@$1?IID_IBindHost@@3U_GUID@@B@@QAEJPAUIUnknown@@@Z
?QueryInterface@CArchiveStream@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@CBlobProperty@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@CInnerUnknown@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@COleConnPtContainer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@COleDispatchImpl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@COleUILinkInfo@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XAdviseSink@COleClientItem@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XAmbientProps@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XBoundObjectSite@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XClassFactory@COleObjectFactory@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XConnPt@CConnectionPoint@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XDataObject@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XDataObject@COleDataSource@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XDataObject@COleServerDoc@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XDataObject@COleServerItem@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XDropSource@COleDropSource@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XDropTarget@COleDropTarget@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XEnumVOID@CEnumArray@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XEventSink@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XFontNotification@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XMessageFilter@COleMessageFilter@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XNotifyDBEvents@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleCache@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleClientSite@COleClientItem@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleClientSite@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleCommandTarget@CDocObjectServer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleContainer@COleControlContainer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleControl@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleControlSite@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleDocument@CDocObjectServer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleDocumentView@CDocObjectServer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleInPlaceActiveObject@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleInPlaceActiveObject@COleServerDoc@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleInPlaceFrame@COleFrameHook@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleInPlaceObject@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleInPlaceObject@COleServerDoc@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleIPFrame@COleControlContainer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleIPSite@COleClientItem@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleIPSite@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleItemContainer@COleLinkingDoc@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleObject@CDocObjectServer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleObject@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleObject@COleServerDoc@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleObject@COleServerItem@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XOleUIObjInfo@COlePropertiesDialog@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPerPropertyBrowsing@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPersistFile@COleLinkingDoc@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPersistMemory@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPersistPropertyBag@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPersistStorage@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPersistStorage@COleServerDoc@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPersistStreamInit@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPointerInactive@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPrint@CDocObjectServer@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPropertyNotifySink@COleControlSite@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPropertyPage@COlePropertyPage@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XPropNotifySink@COlePropertyPage@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XProvideClassInfo@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XQuickActivate@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XRichEditOleCallback@CRichEditView@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XSpecifyPropertyPages@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryInterface@XViewObject@COleControl@@UAGJABU_GUID@@PAPAX@Z
?QueryOption@CInternetConnection@@QBEHKAAK@Z ?QueryOption@CInternetConnection@@QBEHKAAVCString@@@Z
?QueryOption@CInternetConnection@@QBEHKPAXPAK@Z ?QueryOption@CInternetFile@@QBEHKAAK@Z
?QueryOption@CInternetFile@@QBEHKAAVCString@@@Z ?QueryOption@CInternetFile@@QBEHKPAXPAK@Z
?QueryOption@CInternetSession@@QBEHKAAK@Z ?QueryOption@CInternetSession@@QBEHKAAVCString@@@Z
?QueryOption@CInternetSession@@QBEHKPAXPAK@Z ?QuerySiblings@CPropertyPage@@QAEJIJ@Z
?QuerySinkInterface@CConnectionPoint@@UAEPAUIUnknown@@PAU2@@Z
?QuerySinkInterface@XEventConnPt@COleControl@@UAEPAUIUnknown@@PAU3@@Z
?QueryStatus@XOleCommandTarget@CDocObjectServer@@UAGJPBU_GUID@@KQAU_tagOLECMD@@PAU_tagOLECMDTEXT@@@Z
?QueryTextMetrics@CFontHolder@@QAEXPAUtagTEXTMETRICA@@@Z ?QuickActivate@COleControlSite@@UAEHXZ
?QuickActivate@XQuickActivate@COleControl@@UAGJPAUtagQACONTAINER@@PAUtagQACONTROL@@@Z
?ReactivateAndUndo@COleClientItem@@QAEHXZ ?ReactivateAndUndo@XOleInPlaceObject@COleControl@@UAGJXZ
?ReactivateAndUndo@XOleInPlaceObject@COleServerDoc@@UAGJXZ ?Read@CArchive@@QAEIPAXI@Z
?Read@CArchiveStream@@UAGJPAXKPAK@Z ?Read@CFile@@UAEIPAXI@Z ?Read@CImageList@@QAEHPAVCArchive@@@Z
?Read@CInternetFile@@UAEIPAXI@Z ?Read@CMemFile@@UAEIPAXI@Z ?Read@COleStreamFile@@UAEIPAXI@Z
?Read@CSocketFile@@UAEIPAXI@Z ?Read@CStdioFile@@UAEIPAXI@Z
?ReadClass@CArchive@@QAEPAUCRuntimeClass@@PBU2@PAIPAK@Z ?ReadCount@CArchive@@QAEKXZ
?ReadFromArchive@CEditView@@QAEXAAVCArchive@@I@Z ?ReadFromStream@CProperty@@QAEHPAUIStream@@@Z
?ReadFromStream@CPropertySection@@QAEHPAUIStream@@T_LARGE_INTEGER@@@Z
?ReadFromStream@CPropertySet@@QAEHPAUIStream@@@Z ?ReadItem@COleClientItem@@UAEXAAVCArchive@@@Z
?ReadItemCompound@COleClientItem@@QAEXAAVCArchive@@@Z
?ReadItemFlat@COleClientItem@@QAEXAAVCArchive@@@Z ?ReadList@CRecentFileList@@UAEXXZ
?ReadNameDictFromStream@CPropertySection@@QAEHPAUIStream@@@Z
?ReadObject@CArchive@@QAEPAVCObject@@PBUCRuntimeClass@@@Z ?ReadString@CArchive@@QAEHAAVCString@@@Z
?ReadString@CArchive@@QAEPADPADI@Z ?ReadString@CInternetFile@@UAEHAAVCString@@@Z
?ReadString@CInternetFile@@UAEPADPADI@Z ?ReadString@CStdioFile@@UAEHAAVCString@@@Z
?ReadString@CStdioFile@@UAEPADPADI@Z ?Realloc@CMemFile@@MAEPAEPAEK@Z
?Realloc@CSharedFile@@MAEPAEPAEK@Z ?ReallocLongBinary@CFieldExchange@@QAEPAEAAVCLongBinary@@JJ@Z
?RebindParams@CRecordset@@QAEXPAX@Z ?RecalcDelayShow@CControlBar@@UAEKPAUAFX_SIZEPARENTPARAMS@@@Z
?RecalcLayout@CFrameWnd@@UAEXH@Z ?RecalcLayout@CMiniDockFrameWnd@@UAEXH@Z
?RecalcLayout@COleCntrFrameWnd@@UAEXH@Z ?RecalcLayout@COleDocIPFrameWnd@@MAEXH@Z
?RecalcLayout@COleIPFrameWnd@@UAEXH@Z ?RecalcLayout@CSplitterWnd@@UAEXXZ
?Receive@CAsyncSocket@@UAEHPAXHH@Z ?Receive@CSocket@@UAEHPAXHH@Z
?ReceiveFrom@CAsyncSocket@@QAEHPAXHAAVCString@@AAIH@Z
?ReceiveFromHelper@CAsyncSocket@@MAEHPAXHPAUsockaddr@@PAHH@Z
?ReceiveFromHelper@CSocket@@MAEHPAXHPAUsockaddr@@PAHH@Z ?RecreateControlWindow@COleControl@@QAEXXZ
?rectDefault@CFrameWnd@@2VCRect@@B ?RectVisible@CDC@@UBEHPBUtagRECT@@@Z
?RectVisible@CMetaFileDC@@UBEHPBUtagRECT@@@Z ?Redim@COleSafeArray@@QAEXPAUtagSAFEARRAYBOUND@@@Z
?ReDockControlBar@CDockBar@@QAEXPAVCControlBar@@PBUtagRECT@@@Z
?ReDockControlBar@CFrameWnd@@QAEXPAVCControlBar@@PAVCDockBar@@PBUtagRECT@@@Z
?ReflectChildNotify@CWnd@@IAEHIIJPAJ@Z ?ReflectLastMsg@CWnd@@KGHPAUHWND__@@PAJ@Z
?Refresh@COleControl@@QAEXXZ ?RefreshLink@CDaoTableDef@@QAEXXZ ?RefreshRowset@CRecordset@@QAEXGG@Z
?Register@COleDropTarget@@QAEHPAVCWnd@@@Z ?Register@COleLinkingDoc@@QAEHPAVCOleObjectFactory@@PBD@Z
?Register@COleMessageFilter@@QAEHXZ ?Register@COleObjectFactory@@UAEHXZ
?Register@COleTemplateServer@@UAEHXZ ?RegisterAll@COleObjectFactory@@SGHXZ
?RegisterIfServerAttached@COleLinkingDoc@@MAEHPBDH@Z ?RegisterShellFileTypes@CDocManager@@UAEXH@Z
?RegisterShellFileTypes@CWinApp@@IAEXH@Z ?RegisterShellFileTypesCompat@CWinApp@@IAEXXZ
?Release@CArchiveStream@@UAGKXZ ?Release@CBlobProperty@@UAGKXZ ?Release@CInnerUnknown@@UAGKXZ
?Release@COleClientItem@@UAEXW4tagOLECLOSE@@@Z ?Release@COleConnPtContainer@@UAGKXZ
?Release@COleDataObject@@QAEXXZ ?Release@COleDispatchImpl@@UAGKXZ ?Release@COleUILinkInfo@@UAGKXZ
?Release@CString@@IAEXXZ ?Release@CString@@KGXPAUCStringData@@@Z
?Release@XAdviseSink@COleClientItem@@UAGKXZ ?Release@XAmbientProps@COleControlSite@@UAGKXZ
?Release@XBoundObjectSite@COleControlSite@@UAGKXZ ?Release@XClassFactory@COleObjectFactory@@UAGKXZ
?Release@XConnPt@CConnectionPoint@@UAGKXZ ?Release@XDataObject@COleControl@@UAGKXZ
?Release@XDataObject@COleDataSource@@UAGKXZ ?Release@XDataObject@COleServerDoc@@UAGKXZ
?Release@XDataObject@COleServerItem@@UAGKXZ ?Release@XDropSource@COleDropSource@@UAGKXZ
?Release@XDropTarget@COleDropTarget@@UAGKXZ ?Release@XEnumVOID@CEnumArray@@UAGKXZ
?Release@XEventSink@COleControlSite@@UAGKXZ ?Release@XFontNotification@COleControl@@UAGKXZ
?Release@XMessageFilter@COleMessageFilter@@UAGKXZ ?Release@XNotifyDBEvents@COleControlSite@@UAGKXZ
?Release@XOleCache@COleControl@@UAGKXZ ?Release@XOleClientSite@COleClientItem@@UAGKXZ
?Release@XOleClientSite@COleControlSite@@UAGKXZ ?Release@XOleCommandTarget@CDocObjectServer@@UAGKXZ
?Release@XOleContainer@COleControlContainer@@UAGKXZ ?Release@XOleControl@COleControl@@UAGKXZ
?Release@XOleControlSite@COleControlSite@@UAGKXZ ?Release@XOleDocument@CDocObjectServer@@UAGKXZ
?Release@XOleDocumentView@CDocObjectServer@@UAGKXZ
?Release@XOleInPlaceActiveObject@COleControl@@UAGKXZ
?Release@XOleInPlaceActiveObject@COleServerDoc@@UAGKXZ
?Release@XOleInPlaceFrame@COleFrameHook@@UAGKXZ ?Release@XOleInPlaceObject@COleControl@@UAGKXZ
?Release@XOleInPlaceObject@COleServerDoc@@UAGKXZ ?Release@XOleIPFrame@COleControlContainer@@UAGKXZ
?Release@XOleIPSite@COleClientItem@@UAGKXZ ?Release@XOleIPSite@COleControlSite@@UAGKXZ
?Release@XOleItemContainer@COleLinkingDoc@@UAGKXZ ?Release@XOleObject@CDocObjectServer@@UAGKXZ
?Release@XOleObject@COleControl@@UAGKXZ ?Release@XOleObject@COleServerDoc@@UAGKXZ
?Release@XOleObject@COleServerItem@@UAGKXZ ?Release@XOleUIObjInfo@COlePropertiesDialog@@UAGKXZ
?Release@XPerPropertyBrowsing@COleControl@@UAGKXZ ?Release@XPersistFile@COleLinkingDoc@@UAGKXZ
?Release@XPersistMemory@COleControl@@UAGKXZ ?Release@XPersistPropertyBag@COleControl@@UAGKXZ
?Release@XPersistStorage@COleControl@@UAGKXZ ?Release@XPersistStorage@COleServerDoc@@UAGKXZ
?Release@XPersistStreamInit@COleControl@@UAGKXZ ?Release@XPointerInactive@COleControl@@UAGKXZ
?Release@XPrint@CDocObjectServer@@UAGKXZ ?Release@XPropertyNotifySink@COleControlSite@@UAGKXZ
?Release@XPropertyPage@COlePropertyPage@@UAGKXZ ?Release@XPropNotifySink@COlePropertyPage@@UAGKXZ
?Release@XProvideClassInfo@COleControl@@UAGKXZ ?Release@XQuickActivate@COleControl@@UAGKXZ
?Release@XRichEditOleCallback@CRichEditView@@UAGKXZ
?Release@XSpecifyPropertyPages@COleControl@@UAGKXZ ?Release@XViewObject@COleControl@@UAGKXZ
?ReleaseAttribDC@CDC@@UAEXXZ ?ReleaseBuffer@CString@@QAEXH@Z ?ReleaseCapture@COleControl@@QAEHXZ
?ReleaseDC@COleControl@@QAEHPAVCDC@@@Z ?ReleaseDispatch@COleDispatchDriver@@QAEXXZ
?ReleaseDocSite@CDocObjectServer@@QAEXXZ ?ReleaseFile@CDocument@@UAEXPAVCFile@@H@Z
?ReleaseFont@CFontHolder@@QAEXXZ ?ReleaseOutputDC@CDC@@UAEXXZ ?ReleaseOutputDC@CMetaFileDC@@MAEXXZ
?ReleaseOutputDC@CPreviewDC@@UAEXXZ ?Reload@COleClientItem@@QAEHXZ ?Remove@CFile@@SGXPBD@Z
?Remove@CFtpConnection@@QAEHPBD@Z ?Remove@CPropertySection@@QAEXK@Z
?Remove@CPropertySet@@QAEXU_GUID@@@Z ?Remove@CPropertySet@@QAEXU_GUID@@K@Z
?Remove@CRecentFileList@@UAEXH@Z ?Remove@CSimpleList@@QAEHPAX@Z ?RemoveAll@CMapPtrToPtr@@QAEXXZ
?RemoveAll@CMapPtrToWord@@QAEXXZ ?RemoveAll@CMapStringToOb@@QAEXXZ
?RemoveAll@CMapStringToPtr@@QAEXXZ ?RemoveAll@CMapStringToString@@QAEXXZ
?RemoveAll@CMapWordToOb@@QAEXXZ ?RemoveAll@CMapWordToPtr@@QAEXXZ ?RemoveAll@CObList@@QAEXXZ
?RemoveAll@CPropertySection@@QAEXXZ ?RemoveAll@CPropertySet@@QAEXXZ ?RemoveAll@CPtrList@@QAEXXZ
?RemoveAll@CStringList@@QAEXXZ ?RemoveAt@CByteArray@@QAEXHH@Z ?RemoveAt@CDWordArray@@QAEXHH@Z
?RemoveAt@CObArray@@QAEXHH@Z ?RemoveAt@CObList@@QAEXPAU__POSITION@@@Z ?RemoveAt@CPtrArray@@QAEXHH@Z
?RemoveAt@CPtrList@@QAEXPAU__POSITION@@@Z ?RemoveAt@CStringArray@@QAEXHH@Z
?RemoveAt@CStringList@@QAEXPAU__POSITION@@@Z ?RemoveAt@CUIntArray@@QAEXHH@Z
?RemoveAt@CWordArray@@QAEXHH@Z ?RemoveControlBar@CDockBar@@QAEHPAVCControlBar@@HH@Z
?RemoveControlBar@CFrameWnd@@QAEXPAVCControlBar@@@Z ?RemoveDirectoryA@CFtpConnection@@QAEHPBD@Z
?RemoveDocument@CDocTemplate@@UAEXPAVCDocument@@@Z
?RemoveDocument@CMultiDocTemplate@@UAEXPAVCDocument@@@Z
?RemoveDocument@CSingleDocTemplate@@UAEXPAVCDocument@@@Z ?RemoveFrameLevelUI@COleControl@@MAEXXZ
?RemoveFrameWnd@CFrameWnd@@IAEXXZ ?RemoveHead@CObList@@QAEPAVCObject@@XZ
?RemoveHead@CPtrList@@QAEPAXXZ ?RemoveHead@CStringList@@QAE?AVCString@@XZ
?RemoveImageList@CListCtrl@@IAEXH@Z ?RemoveImageList@CListView@@IAEXH@Z
?RemoveImageList@CTreeCtrl@@IAEXH@Z ?RemoveImageList@CTreeView@@IAEXH@Z
?RemoveItem@COleDocument@@UAEXPAVCDocItem@@@Z ?RemoveKey@CMapPtrToPtr@@QAEHPAX@Z
?RemoveKey@CMapPtrToWord@@QAEHPAX@Z ?RemoveKey@CMapStringToOb@@QAEHPBD@Z
?RemoveKey@CMapStringToPtr@@QAEHPBD@Z ?RemoveKey@CMapStringToString@@QAEHPBD@Z
?RemoveKey@CMapWordToOb@@QAEHG@Z ?RemoveKey@CMapWordToPtr@@QAEHG@Z
?RemoveMenus@XOleInPlaceFrame@COleFrameHook@@UAGJPAUHMENU__@@@Z
?RemoveMenus@XOleIPFrame@COleControlContainer@@UAGJPAUHMENU__@@@Z
?RemovePage@CPropertySheet@@QAEXH@Z ?RemovePage@CPropertySheet@@QAEXPAVCPropertyPage@@@Z
?RemovePlaceHolder@CDockBar@@QAEXPAVCControlBar@@@Z ?RemoveSource@CDataBoundProperty@@QAEXXZ
?RemoveTail@CObList@@QAEPAVCObject@@XZ ?RemoveTail@CPtrList@@QAEPAXXZ
?RemoveTail@CStringList@@QAE?AVCString@@XZ ?RemoveView@CDocument@@QAEXPAVCView@@@Z
?Rename@CFile@@SGXPBD0@Z ?Rename@CFtpConnection@@QAEHPBD0@Z
?Render@CPictureHolder@@QAEXPAVCDC@@ABVCRect@@1@Z ?RepairDatabase@CDaoWorkspace@@SGXPBD@Z
?ReparentControlWindow@COleControl@@UAEXPAUHWND__@@0@Z ?ReplaceBrackets@CDatabase@@QAEXPAD@Z
?ReportError@CException@@UAEHII@Z ?ReportError@COleClientItem@@UBEHJ@Z
?ReportSaveLoadException@CDocument@@UAEXPBDPAVCException@@HI@Z
?ReportSaveLoadException@COleLinkingDoc@@UAEXPBDPAVCException@@HI@Z
?RepositionBars@CWnd@@QAEXIIIIPAUtagRECT@@PBU2@H@Z
?RepositionFrame@COleIPFrameWnd@@UAEXPBUtagRECT@@0@Z ?Requery@CDaoRecordset@@UAEXXZ
?Requery@CRecordset@@UAEHXZ ?RequestBorderSpace@XOleInPlaceFrame@COleFrameHook@@UAGJPBUtagRECT@@@Z
?RequestBorderSpace@XOleIPFrame@COleControlContainer@@UAGJPBUtagRECT@@@Z
?RequestLicKey@XClassFactory@COleObjectFactory@@UAGJKPAPAG@Z
?RequestNewObjectLayout@XOleClientSite@COleClientItem@@UAGJXZ
?RequestNewObjectLayout@XOleClientSite@COleControlSite@@UAGJXZ
?RequestPositionChange@COleServerDoc@@QAEXPBUtagRECT@@@Z ?Reset@XEnumVOID@CEnumArray@@UAGJXZ
?ResetCursor@CRecordset@@QAEXXZ ?ResetData@CCachedDataPathProperty@@UAEXXZ
?ResetData@CDataPathProperty@@UAEXXZ ?ResetStockProps@COleControl@@QAEXXZ
?ResetTimer@CControlBar@@QAEXII@Z ?ResetVersion@COleControl@@QAEXK@Z
?ResizeBorder@XOleInPlaceActiveObject@COleControl@@UAGJPBUtagRECT@@PAUIOleInPlaceUIWindow@@H@Z
?ResizeBorder@XOleInPlaceActiveObject@COleServerDoc@@UAGJPBUtagRECT@@PAUIOleInPlaceUIWindow@@H@Z
?ResizeFrameWindow@COleControl@@MAEXHH@Z ?ResizeOneDim@COleSafeArray@@QAEXK@Z
?ResizeOpenControl@COleControl@@IAEXHH@Z ?ResizeParentToFit@CScrollView@@QAEXH@Z
?RestoreDC@CDC@@UAEHH@Z ?RestoreDC@CPreviewDC@@UAEHH@Z
?RestoreState@CToolBarCtrl@@QAEXPAUHKEY__@@PBD1@Z ?RestoreWaitCursor@CCmdTarget@@QAEXXZ
?RetryRejectedCall@XMessageFilter@COleMessageFilter@@UAGKPAUHTASK__@@KK@Z
?ReverseFind@CString@@QBEHD@Z ?Revert@CArchiveStream@@UAGJXZ ?Revoke@COleDropTarget@@UAEXXZ
?Revoke@COleLinkingDoc@@QAEXXZ ?Revoke@COleMessageFilter@@QAEXXZ ?Revoke@COleObjectFactory@@QAEXXZ
?RevokeAll@COleObjectFactory@@SGXXZ ?RFX_Binary@@YGXPAVCFieldExchange@@PBDAAVCByteArray@@H@Z
?RFX_Binary_Bulk@@YGXPAVCFieldExchange@@PBDPAPAEPAPAJH@Z ?RFX_Bool@@YGXPAVCFieldExchange@@PBDAAH@Z
?RFX_Bool_Bulk@@YGXPAVCFieldExchange@@PBDPAPAHPAPAJ@Z ?RFX_Byte@@YGXPAVCFieldExchange@@PBDAAE@Z
?RFX_Byte_Bulk@@YGXPAVCFieldExchange@@PBDPAPAEPAPAJ@Z
?RFX_Date@@YGXPAVCFieldExchange@@PBDAAUtagTIMESTAMP_STRUCT@@@Z
?RFX_Date@@YGXPAVCFieldExchange@@PBDAAVCTime@@@Z
?RFX_Date_Bulk@@YGXPAVCFieldExchange@@PBDPAPAUtagTIMESTAMP_STRUCT@@PAPAJ@Z
?RFX_Double@@YGXPAVCFieldExchange@@PBDAAN@Z ?RFX_Double_Bulk@@YGXPAVCFieldExchange@@PBDPAPANPAPAJ@Z
?RFX_Int@@YGXPAVCFieldExchange@@PBDAAH@Z ?RFX_Int_Bulk@@YGXPAVCFieldExchange@@PBDPAPAHPAPAJ@Z
?RFX_Long@@YGXPAVCFieldExchange@@PBDAAJ@Z ?RFX_Long_Bulk@@YGXPAVCFieldExchange@@PBDPAPAJ2@Z
?RFX_LongBinary@@YGXPAVCFieldExchange@@PBDAAVCLongBinary@@@Z
?RFX_Single@@YGXPAVCFieldExchange@@PBDAAM@Z ?RFX_Single_Bulk@@YGXPAVCFieldExchange@@PBDPAPAMPAPAJ@Z
?RFX_Text@@YGXPAVCFieldExchange@@PBDAAVCString@@HHF@Z
?RFX_Text_Bulk@@YGXPAVCFieldExchange@@PBDPAPADPAPAJH@Z ?Right@CString@@QBE?AV1@H@Z
?Rollback@CDaoWorkspace@@QAEXXZ ?Rollback@CDatabase@@QAEHXZ ?Run@COleClientItem@@QAEXXZ
?Run@CWinApp@@UAEHXZ ?Run@CWinThread@@UAEHXZ ?RunAutomated@CWinApp@@QAEHXZ
?RunEmbedded@CWinApp@@QAEHXZ ?RunModalLoop@CWnd@@QAEHK@Z ?SafeSetProperty@COleControlSite@@UAAHJGZZ
?SameAsSelected@CEditView@@IAEHPBDH@Z ?SameAsSelected@CRichEditView@@IAEHPBDHH@Z
?Save@CBlobProperty@@UAGJPAUIStream@@H@Z ?Save@XPersistFile@COleLinkingDoc@@UAGJPBGH@Z
?Save@XPersistMemory@COleControl@@UAGJPAXHK@Z
?Save@XPersistPropertyBag@COleControl@@UAGJPAUIPropertyBag@@HH@Z
?Save@XPersistStorage@COleControl@@UAGJPAUIStorage@@H@Z
?Save@XPersistStorage@COleServerDoc@@UAGJPAUIStorage@@H@Z
?Save@XPersistStreamInit@COleControl@@UAGJPAUIStream@@H@Z ?SaveAllModified@CDocManager@@UAEHXZ
?SaveAllModified@CDocTemplate@@UAEHXZ ?SaveAllModified@CWinApp@@UAEHXZ
?SaveBarState@CFrameWnd@@QBEXPBD@Z ?SaveCompleted@XPersistFile@COleLinkingDoc@@UAGJPBG@Z
?SaveCompleted@XPersistStorage@COleControl@@UAGJPAUIStorage@@@Z
?SaveCompleted@XPersistStorage@COleServerDoc@@UAGJPAUIStorage@@@Z ?SaveDC@CDC@@UAEHXZ
?SaveDC@CPreviewDC@@UAEHXZ ?SaveEmbedding@COleServerDoc@@QAEXXZ ?SaveFocusControl@CFormView@@IAEHXZ
?SaveModified@CDocument@@UAEHXZ ?SaveModified@COleDocument@@UAEHXZ
?SaveModified@COleServerDoc@@MAEHXZ ?SaveModifiedPrompt@COleServerDoc@@IAEHXZ
?SaveObject@XOleClientSite@COleClientItem@@UAGJXZ ?SaveObject@XOleClientSite@COleControlSite@@UAGJXZ
?SaveState@CControlBarInfo@@QAEHPBDH@Z ?SaveState@CDockState@@QAEXPBD@Z
?SaveState@COleControl@@IAEJPAUIStream@@@Z ?SaveState@CToolBarCtrl@@QAEXPAUHKEY__@@PBD1@Z
?SaveStdProfileSettings@CWinApp@@IAEXXZ ?SaveToStorage@COleDocument@@MAEXPAVCObject@@@Z
?SaveToStorage@COleLinkingDoc@@MAEXPAVCObject@@@Z
?SaveViewState@XOleDocumentView@CDocObjectServer@@UAGJPAUIStream@@@Z
?ScalePoint@CDockState@@QAEXAAVCPoint@@@Z ?ScaleRectPos@CDockState@@QAEXAAVCRect@@@Z
?ScaleViewportExt@CDC@@UAE?AVCSize@@HHHH@Z ?ScaleViewportExt@CMetaFileDC@@UAE?AVCSize@@HHHH@Z
?ScaleViewportExt@CPreviewDC@@UAE?AVCSize@@HHHH@Z ?ScaleWindowExt@CDC@@UAE?AVCSize@@HHHH@Z
?ScaleWindowExt@CPreviewDC@@UAE?AVCSize@@HHHH@Z ?Scroll@XOleIPSite@COleClientItem@@UAGJUtagSIZE@@@Z
?Scroll@XOleIPSite@COleControlSite@@UAGJUtagSIZE@@@Z ?ScrollChildren@COleControlContainer@@UAEXHH@Z
?ScrollContainerBy@COleServerDoc@@QAEHVCSize@@@Z
?ScrollToDevicePosition@CScrollView@@IAEXUtagPOINT@@@Z
?ScrollToPosition@CScrollView@@QAEXUtagPOINT@@@Z ?ScrollWindow@COleControl@@QAEXHHPBUtagRECT@@0@Z
?ScrollWindow@CWnd@@QAEXHHPBUtagRECT@@0@Z ?ScrollWindowEx@CWnd@@QAEHHHPBUtagRECT@@0PAVCRgn@@PAU2@I@Z
?Seek@CArchiveStream@@UAGJT_LARGE_INTEGER@@KPAT_ULARGE_INTEGER@@@Z
?Seek@CDaoRecordset@@QAEHPBDPAVCOleVariant@@11@Z ?Seek@CDaoRecordset@@QAEHPBDPAVCOleVariant@@G@Z
?Seek@CFile@@UAEJJI@Z ?Seek@CInternetFile@@UAEJJI@Z ?Seek@CMemFile@@UAEJJI@Z
?Seek@COleStreamFile@@UAEJJI@Z ?Seek@CSocketFile@@UAEJJI@Z ?Seek@CStdioFile@@UAEJJI@Z
?Select@CFontHolder@@QAEPAVCFont@@PAVCDC@@JJ@Z ?SelectClipPath@CDC@@QAEHH@Z
?SelectClipRgn@CDC@@QAEHPAVCRgn@@@Z ?SelectClipRgn@CDC@@QAEHPAVCRgn@@H@Z
?SelectFontFromList@CFontPropPage@@IAEXVCString@@PAUtagMERGEOBJECT@@@Z
?SelectFontObject@COleControl@@QAEPAVCFont@@PAVCDC@@AAVCFontHolder@@@Z
?SelectGdiObject@CDC@@KGPAVCGdiObject@@PAUHDC__@@PAX@Z ?SelectObject@CDC@@QAEHPAVCRgn@@@Z
?SelectObject@CDC@@QAEPAVCBrush@@PAV2@@Z ?SelectObject@CDC@@QAEPAVCPen@@PAV2@@Z
?SelectObject@CDC@@UAEPAVCFont@@PAV2@@Z ?SelectObject@CPreviewDC@@UAEPAVCFont@@PAV2@@Z
?SelectPalette@CDC@@QAEPAVCPalette@@PAV2@H@Z ?SelectPrinter@CWinApp@@QAEXPAX0H@Z
?SelectStockFont@COleControl@@QAEPAVCFont@@PAVCDC@@@Z ?SelectStockObject@CDC@@UAEPAVCGdiObject@@H@Z
?SelectStockObject@CPreviewDC@@UAEPAVCGdiObject@@H@Z ?Send@CAsyncSocket@@UAEHPBXHH@Z
?Send@CSocket@@UAEHPBXHH@Z ?SendAdvise@COleControl@@IAEXI@Z ?SendChildNotifyLastMsg@CWnd@@QAEHPAJ@Z
?SendChunk@CSocket@@QAEHPBXHH@Z ?SendDlgItemMessageA@COleControlContainer@@UAEJHIIJ@Z
?SendDlgItemMessageA@CWnd@@QAEJHIIJ@Z ?SendInitialUpdate@CDocument@@QAEXXZ
?SendLongBinaryData@CRecordset@@IAEXPAX@Z ?SendMessageToDescendants@CWnd@@SGXPAUHWND__@@IIJHH@Z
?SendMnemonic@COleControlSite@@QAEXPAUtagMSG@@@Z ?SendRequest@CHttpFile@@QAEHAAVCString@@PAXK@Z
?SendRequest@CHttpFile@@QAEHPBDKPAXK@Z ?SendTo@CAsyncSocket@@QAEHPBXHIPBDH@Z
?SendToHelper@CAsyncSocket@@MAEHPBXHPBUsockaddr@@HH@Z
?SendToHelper@CSocket@@MAEHPBXHPBUsockaddr@@HH@Z ?Serialize@CByteArray@@UAEXAAVCArchive@@@Z
?Serialize@CControlBarInfo@@QAEXAAVCArchive@@PAVCDockState@@@Z
?Serialize@CDocItem@@UAEXAAVCArchive@@@Z ?Serialize@CDockState@@UAEXAAVCArchive@@@Z
?Serialize@CDWordArray@@UAEXAAVCArchive@@@Z ?Serialize@CEditView@@UAEXAAVCArchive@@@Z
?Serialize@CMapStringToOb@@UAEXAAVCArchive@@@Z ?Serialize@CMapStringToString@@UAEXAAVCArchive@@@Z
?Serialize@CMapWordToOb@@UAEXAAVCArchive@@@Z ?Serialize@CObArray@@UAEXAAVCArchive@@@Z
?Serialize@CObject@@UAEXAAVCArchive@@@Z ?Serialize@CObList@@UAEXAAVCArchive@@@Z
?Serialize@COleClientItem@@UAEXAAVCArchive@@@Z ?Serialize@COleControl@@MAEXAAVCArchive@@@Z
?Serialize@COleDocument@@UAEXAAVCArchive@@@Z ?Serialize@CRichEditDoc@@UAEXAAVCArchive@@@Z
?Serialize@CRichEditView@@UAEXAAVCArchive@@@Z ?Serialize@CStringArray@@UAEXAAVCArchive@@@Z
?Serialize@CStringList@@UAEXAAVCArchive@@@Z ?Serialize@CWordArray@@UAEXAAVCArchive@@@Z
?SerializeClass@CArchive@@QAEXPBUCRuntimeClass@@@Z
?SerializeElements@@YGXAAVCArchive@@PAVCOleVariant@@H@Z
?SerializeElements@@YGXAAVCArchive@@PAVCString@@H@Z
?SerializeExtent@COleControl@@QAEXAAVCArchive@@@Z ?SerializeRaw@CEditView@@QAEXAAVCArchive@@@Z
?SerializeStockProps@COleControl@@QAEXAAVCArchive@@@Z
?SerializeVersion@COleControl@@QAEKAAVCArchive@@KH@Z ?Set@CProperty@@QAEHKQAXK@Z
?Set@CProperty@@QAEHQAX@Z ?Set@CProperty@@QAEHQAXK@Z ?Set@CPropertySection@@QAEHKPAX@Z
?Set@CPropertySection@@QAEHKPAXK@Z ?Set@CPropertySet@@QAEHU_GUID@@KPAX@Z
?Set@CPropertySet@@QAEHU_GUID@@KPAXK@Z ?SetAbsolutePosition@CDaoRecordset@@QAEXJ@Z
?SetActiveObject@XOleInPlaceFrame@COleFrameHook@@UAGJPAUIOleInPlaceActiveObject@@PBG@Z
?SetActiveObject@XOleIPFrame@COleControlContainer@@UAGJPAUIOleInPlaceActiveObject@@PBG@Z
?SetActivePage@CPropertySheet@@QAEHH@Z ?SetActivePage@CPropertySheet@@QAEHPAVCPropertyPage@@@Z
?SetActivePane@CSplitterWnd@@UAEXHHPAVCWnd@@@Z ?SetActiveView@CFrameWnd@@QAEXPAVCView@@H@Z
?SetAdvise@XViewObject@COleControl@@UAGJKKPAUIAdviseSink@@@Z ?SetAppearance@COleControl@@QAEXF@Z
?SetArcDirection@CDC@@QAEHH@Z ?SetAt@CString@@QAEXHD@Z ?SetAtGrow@CByteArray@@QAEXHE@Z
?SetAtGrow@CDWordArray@@QAEXHK@Z ?SetAtGrow@CObArray@@QAEXHPAVCObject@@@Z
?SetAtGrow@CPtrArray@@QAEXHPAX@Z ?SetAtGrow@CStringArray@@QAEXHPBD@Z ?SetAtGrow@CUIntArray@@QAEXHI@Z
?SetAtGrow@CWordArray@@QAEXHG@Z ?SetAttribDC@CDC@@UAEXPAUHDC__@@@Z
?SetAttribDC@CMetaFileDC@@UAEXPAUHDC__@@@Z ?SetAttribDC@CPreviewDC@@UAEXPAUHDC__@@@Z
?SetAttributes@CDaoTableDef@@QAEXJ@Z ?SetBackColor@COleControl@@QAEXK@Z
?SetBarInfo@CControlBar@@QAEXPAVCControlBarInfo@@PAVCFrameWnd@@@Z
?SetBarInfo@CDockBar@@QAEXPAVCControlBarInfo@@PAVCFrameWnd@@@Z ?SetBarStyle@CControlBar@@QAEXK@Z
?SetBitmap@CToolBar@@QAEHPAUHBITMAP__@@@Z ?SetBkColor@CDC@@UAEKK@Z ?SetBkColor@CPreviewDC@@UAEKK@Z
?SetBkMode@CDC@@QAEHH@Z ?SetBookmark@CDaoRecordset@@QAEXVCOleVariant@@@Z
?SetBookmark@CRecordset@@QAEXABVCDBVariant@@@Z
?SetBorderSpace@XOleInPlaceFrame@COleFrameHook@@UAGJPBUtagRECT@@@Z
?SetBorderSpace@XOleIPFrame@COleControlContainer@@UAGJPBUtagRECT@@@Z
?SetBorderStyle@COleControl@@QAEXF@Z ?SetButton@CColorPropPage@@AAEXPAVCColorButton@@@Z
?SetButtonInfo@CToolBar@@QAEXHIIH@Z ?SetButtons@CToolBar@@QAEHPBIH@Z
?SetButtonStyle@CToolBar@@QAEXHI@Z ?SetButtonText@CToolBar@@QAEHHPBD@Z
?SetCacheSize@CDaoRecordset@@QAEXJ@Z ?SetCacheStart@CDaoRecordset@@QAEXVCOleVariant@@@Z
?SetCapture@COleControl@@QAEPAVCWnd@@XZ ?SetCharFormat@CRichEditView@@QAEXU_charformat@@@Z
?SetCheck@CCheckListBox@@QAEXHH@Z ?SetCheck@CCmdUI@@UAEXH@Z ?SetCheck@COleCmdUI@@UAEXH@Z
?SetCheck@CStatusCmdUI@@UAEXH@Z ?SetCheck@CTestCmdUI@@UAEXH@Z ?SetCheck@CToolCmdUI@@UAEXH@Z
?SetCheckStyle@CCheckListBox@@QAEXI@Z ?SetClassID@CPropertySet@@QAEXU_GUID@@@Z
?SetClientSite@CDataBoundProperty@@QAEXPAVCOleControlSite@@@Z
?SetClientSite@XOleObject@CDocObjectServer@@UAGJPAUIOleClientSite@@@Z
?SetClientSite@XOleObject@COleControl@@UAGJPAUIOleClientSite@@@Z
?SetClientSite@XOleObject@COleServerDoc@@UAGJPAUIOleClientSite@@@Z
?SetClientSite@XOleObject@COleServerItem@@UAGJPAUIOleClientSite@@@Z
?SetClipboard@COleDataSource@@QAEXXZ ?SetColorAdjustment@CDC@@QAEHPBUtagCOLORADJUSTMENT@@@Z
?SetColorProp@CColorPropPage@@IAEHPAVCDataExchange@@KPBD@Z
?SetColorScheme@XOleObject@CDocObjectServer@@UAGJPAUtagLOGPALETTE@@@Z
?SetColorScheme@XOleObject@COleControl@@UAGJPAUtagLOGPALETTE@@@Z
?SetColorScheme@XOleObject@COleServerDoc@@UAGJPAUtagLOGPALETTE@@@Z
?SetColorScheme@XOleObject@COleServerItem@@UAGJPAUtagLOGPALETTE@@@Z
?SetColumnInfo@CSplitterWnd@@QAEXHHH@Z ?SetConcurrencyAndCursorType@CRecordset@@IAEXPAXK@Z
?SetConnect@CDaoQueryDef@@QAEXPBD@Z ?SetConnect@CDaoTableDef@@QAEXPBD@Z
?SetContainerInfo@CDocTemplate@@QAEXI@Z
?SetContentExtent@XQuickActivate@COleControl@@UAGJPAUtagSIZE@@@Z
?SetControl@CReflectorWnd@@QAEXPAVCOleControl@@@Z ?SetControlSize@COleControl@@QAEHHH@Z
?SetControlStatus@COlePropertyPage@@QAEHIH@Z ?SetControlText@CFileDialog@@QAEXHPBD@Z
?SetCurrency@COleCurrency@@QAEXJJ@Z ?SetCurrentColor@CColorDialog@@QAEXK@Z
?SetCurrentDirectoryA@CFtpConnection@@QAEHPBD@Z ?SetCurrentHandles@CWinApp@@QAEXXZ
?SetCurrentIndex@CDaoRecordset@@QAEXPBD@Z ?SetCurrentPage@CPreviewView@@IAEXIH@Z
?SetCursor@CRectTracker@@QBEHPAVCWnd@@I@Z ?SetCursorAttributes@CDaoRecordset@@QAEXXZ
?SetData@XDataObject@COleControl@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?SetData@XDataObject@COleDataSource@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?SetData@XDataObject@COleServerDoc@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?SetData@XDataObject@COleServerItem@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?SetData@XOleCache@COleControl@@UAGJPAUtagFORMATETC@@PAUtagSTGMEDIUM@@H@Z
?SetDateTime@COleDateTime@@QAEHHHHHHH@Z ?SetDateTimeSpan@COleDateTimeSpan@@QAEXJHHH@Z
?SetDefaultButton@COccManager@@SAXPAVCWnd@@H@Z ?SetDefaultButton@COleControlSite@@QAEXH@Z
?SetDefaultCharFormat@CRichEditCtrl@@QAEHAAU_charformat@@@Z
?SetDefaultPassword@CDaoWorkspace@@SGXPBD@Z ?SetDefaultTitle@CMultiDocTemplate@@UAEXPAVCDocument@@@Z
?SetDefaultTitle@CSingleDocTemplate@@UAEXPAVCDocument@@@Z ?SetDefaultUser@CDaoWorkspace@@SGXPBD@Z
?SetDefExt@CFileDialog@@QAEXPBD@Z ?SetDialogBkColor@CWinApp@@IAEXKK@Z
?SetDialogResource@COlePropertyPage@@QAEXPAX@Z ?SetDirtyFields@CDaoRecordset@@MAEXXZ
?SetDirtyFieldStatus@CDaoRecordset@@QAEXI@Z ?SetDirtyFieldStatus@CRecordset@@QAEXK@Z
?SetDlgCtrlID@COleControlSite@@UAEHH@Z ?SetDlgCtrlID@CWnd@@QAEHH@Z
?SetDlgItemInt@COleControlContainer@@UAEXHIH@Z ?SetDlgItemInt@CWnd@@QAEXHIH@Z
?SetDlgItemTextA@COleControlContainer@@UAEXHPBD@Z ?SetDlgItemTextA@CWnd@@QAEXHPBD@Z
?SetDockState@CFrameWnd@@QAEXABVCDockState@@@Z
?SetDocSite@CDocObjectServer@@QAEXPAUIOleDocumentSite@@@Z
?SetDrawAspect@COleClientItem@@UAEXW4tagDVASPECT@@@Z
?SetDrawAspect@CRichEditCntrItem@@UAEXW4tagDVASPECT@@@Z
?SetDSCSite@CDataBoundProperty@@QAEXPAVCOleControlSite@@@Z ?SetEnabled@COleControl@@QAEXH@Z
?SetExtent@COleClientItem@@QAEXABVCSize@@W4tagDVASPECT@@@Z ?SetExtent@COleControlSite@@IAEHXZ
?SetExtent@XOleObject@CDocObjectServer@@UAGJKPAUtagSIZE@@@Z
?SetExtent@XOleObject@COleControl@@UAGJKPAUtagSIZE@@@Z
?SetExtent@XOleObject@COleServerDoc@@UAGJKPAUtagSIZE@@@Z
?SetExtent@XOleObject@COleServerItem@@UAGJKPAUtagSIZE@@@Z ?SetFaceColor@CColorButton@@QAEXK@Z
?SetFieldDirty@CDaoRecordset@@QAEXPAXH@Z ?SetFieldDirty@CRecordset@@QAEXPAXH@Z
?SetFieldNull@CDaoRecordset@@QAEXPAXH@Z ?SetFieldNull@CRecordset@@QAEXPAXH@Z
?SetFieldStatus@CRecordset@@QAEXKE@Z ?SetFieldValue@CDaoRecordset@@QAEXHPBD@Z
?SetFieldValue@CDaoRecordset@@QAEXPBD0@Z ?SetFieldValue@CDaoRecordset@@UAEXHABVCOleVariant@@@Z
?SetFieldValue@CDaoRecordset@@UAEXPBDABVCOleVariant@@@Z ?SetFieldValueNull@CDaoRecordset@@QAEXH@Z
?SetFieldValueNull@CDaoRecordset@@QAEXPBD@Z ?SetFilePath@CFile@@UAEXPBD@Z
?SetFocus@COleControl@@QAEPAVCWnd@@XZ ?SetFocus@COleControlSite@@UAEPAVCWnd@@XZ
?SetFocus@CWnd@@QAEPAV1@XZ ?SetFont@CDialogTemplate@@QAEHPBDG@Z
?SetFont@CFontHolder@@QAEXPAUIFont@@@Z ?SetFont@COleControl@@QAEXPAUIFontDisp@@@Z
?SetFontProps@CFontPropPage@@IAEHPAVCDataExchange@@UtagFONTOBJECT@@PBD@Z
?SetForeColor@COleControl@@QAEXK@Z ?SetFormatID@CPropertySection@@QAEXU_GUID@@@Z
?SetFormatVersion@CPropertySet@@QAEXG@Z ?SetHandle@CSharedFile@@QAEXPAXH@Z
?SetHeight@CToolBar@@QAEXH@Z ?SetHelpCapture@CFrameWnd@@IAEPAUHWND__@@UtagPOINT@@PAH@Z
?SetHelpInfo@COlePropertyPage@@QAEXPBD0K@Z ?SetHostNames@COleClientItem@@QAEXPBD0@Z
?SetHostNames@XOleObject@CDocObjectServer@@UAGJPBG0@Z
?SetHostNames@XOleObject@COleControl@@UAGJPBG0@Z ?SetHostNames@XOleObject@COleServerDoc@@UAGJPBG0@Z
?SetHostNames@XOleObject@COleServerItem@@UAGJPBG0@Z ?SetIconicMetafile@COleClientItem@@QAEHPAX@Z
?SetID@CProperty@@QAEXK@Z ?SetIndicators@CStatusBar@@QAEHPBIH@Z ?SetIniPath@CDaoWorkspace@@SGXPBD@Z
?SetInitialDataFormats@COleControl@@MAEXXZ ?SetInitialPageNum@XPrint@CDocObjectServer@@UAGJJ@Z
?SetInitialSize@COleControl@@QAEXHH@Z
?SetInPlaceSite@XOleDocumentView@CDocObjectServer@@UAGJPAUIOleInPlaceSite@@@Z
?SetIsolateODBCTrans@CDaoWorkspace@@QAEXH@Z ?SetItem@CListCtrl@@QAEHHHIPBDHIIJ@Z
?SetItem@CTreeCtrl@@QAEHPAU_TREEITEM@@IPBDHHIIJ@Z ?SetItemRects@COleClientItem@@QAEHPBUtagRECT@@0@Z
?SetLength@CFile@@UAEXK@Z ?SetLength@CInternetFile@@UAEXK@Z ?SetLength@CMemFile@@UAEXK@Z
?SetLength@COleStreamFile@@UAEXK@Z ?SetLength@CSocketFile@@UAEXK@Z
?SetLinkSource@COleUILinkInfo@@UAGJKPADKPAKH@Z
?SetLinkUpdateOptions@COleClientItem@@QAEXW4tagOLEUPDATE@@@Z
?SetLinkUpdateOptions@COleUILinkInfo@@UAGJKK@Z ?SetLockingMode@CDaoRecordset@@QAEXH@Z
?SetLockingMode@CRecordset@@QAEXI@Z ?SetLoginTimeout@CDaoWorkspace@@SGXF@Z ?SetMapMode@CDC@@UAEHH@Z
?SetMapMode@CPreviewDC@@UAEHH@Z ?SetMapperFlags@CDC@@QAEKK@Z
?SetMenu@XOleInPlaceFrame@COleFrameHook@@UAGJPAUHMENU__@@PAXPAUHWND__@@@Z
?SetMenu@XOleIPFrame@COleControlContainer@@UAGJPAUHMENU__@@PAXPAUHWND__@@@Z
?SetMessageText@CFrameWnd@@QAEXI@Z ?SetMessageText@CFrameWnd@@QAEXPBD@Z
?SetModified@CPropertyPage@@QAEXH@Z ?SetModifiedFlag@CDocument@@UAEXH@Z
?SetModifiedFlag@COleControl@@QAEXH@Z ?SetModifiedFlag@COlePropertyPage@@QAEXH@Z
?SetModifiedFlag@CRichEditDoc@@UAEXH@Z ?SetMoniker@XOleObject@CDocObjectServer@@UAGJKPAUIMoniker@@@Z
?SetMoniker@XOleObject@COleControl@@UAGJKPAUIMoniker@@@Z
?SetMoniker@XOleObject@COleServerDoc@@UAGJKPAUIMoniker@@@Z
?SetMoniker@XOleObject@COleServerItem@@UAGJKPAUIMoniker@@@Z ?SetName@CDaoQueryDef@@QAEXPBD@Z
?SetName@CDaoTableDef@@QAEXPBD@Z ?SetName@CPropertySection@@QAEHKPBD@Z
?SetNotPermitted@COleControl@@QAEXXZ ?SetNotSupported@CCmdTarget@@QAEXXZ
?SetNotSupported@COleControl@@QAEXXZ ?SetNullableFieldStatus@CDaoRecordset@@QAEXI@Z
?SetNullableKnownFieldStatus@CDaoRecordset@@QAEXI@Z ?SetNullFieldStatus@CDaoRecordset@@QAEXI@Z
?SetNullFieldStatus@CRecordset@@QAEXK@Z ?SetNullParamStatus@CRecordset@@QAEXK@Z
?SetNullValue@CDaoFieldExchange@@SGXPAXK@Z
?SetObjectRects@XOleInPlaceObject@COleControl@@UAGJPBUtagRECT@@0@Z
?SetObjectRects@XOleInPlaceObject@COleServerDoc@@UAGJPBUtagRECT@@0@Z
?SetObjects@XPropertyPage@COlePropertyPage@@UAGJKPAPAUIUnknown@@@Z
?SetOccDialogInfo@CDialog@@MAEHPAU_AFX_OCC_DIALOG_INFO@@@Z
?SetOccDialogInfo@CDialogBar@@MAEHPAU_AFX_OCC_DIALOG_INFO@@@Z
?SetOccDialogInfo@CFormView@@MAEHPAU_AFX_OCC_DIALOG_INFO@@@Z
?SetOccDialogInfo@CWnd@@MAEHPAU_AFX_OCC_DIALOG_INFO@@@Z ?SetODBCTimeout@CDaoQueryDef@@QAEXF@Z
?SetOption@CInternetConnection@@QAEHKPAXKK@Z ?SetOption@CInternetFile@@QAEHKPAXKK@Z
?SetOption@CInternetSession@@QAEHKPAXKK@Z ?SetOSVersion@CPropertySet@@QAEXK@Z
?SetOutputDC@CDC@@UAEXPAUHDC__@@@Z ?SetOutputDC@CMetaFileDC@@MAEXPAUHDC__@@@Z
?SetOutputDC@CPreviewDC@@UAEXPAUHDC__@@@Z ?SetOwner@CToolBar@@QAEXPAVCWnd@@@Z
?SetPageName@COlePropertyPage@@QAEXPBD@Z
?SetPageSite@XPropertyPage@COlePropertyPage@@UAGJPAUIPropertyPageSite@@@Z
?SetPaneInfo@CStatusBar@@QAEXHIIH@Z ?SetPaneStyle@CStatusBar@@QAEXHI@Z
?SetPaneText@CStatusBar@@QAEHHPBDH@Z ?SetParaFormat@CRichEditCtrl@@QAEHAAU_paraformat@@@Z
?SetParaFormat@CRichEditView@@QAEHAAU_paraformat@@@Z
?SetParamValue@CDaoQueryDef@@UAEXHABVCOleVariant@@@Z
?SetParamValue@CDaoQueryDef@@UAEXPBDABVCOleVariant@@@Z
?SetParamValue@CDaoRecordset@@UAEXHABVCOleVariant@@@Z
?SetParamValue@CDaoRecordset@@UAEXPBDABVCOleVariant@@@Z ?SetParamValueNull@CDaoQueryDef@@QAEXH@Z
?SetParamValueNull@CDaoQueryDef@@QAEXPBD@Z ?SetParamValueNull@CDaoRecordset@@QAEXH@Z
?SetParamValueNull@CDaoRecordset@@QAEXPBD@Z ?SetPathName@CDocument@@UAEXPBDH@Z
?SetPathName@COleDocument@@UAEXPBDH@Z ?SetPathName@CRichEditDoc@@UAEXPBDH@Z
?SetPercentPosition@CDaoRecordset@@QAEXM@Z
?SetPictureDispatch@CPictureHolder@@QAEXPAUIPictureDisp@@@Z
?SetPictureProp@CPicturePropPage@@IAEHPAVCDataExchange@@PAUIPictureDisp@@PBD@Z
?SetPolyFillMode@CDC@@QAEHH@Z ?SetPrintDevice@COleClientItem@@QAEHPBUtagDVTARGETDEVICE@@@Z
?SetPrintDevice@COleClientItem@@QAEHPBUtagPDA@@@Z ?SetPrinterFont@CEditView@@QAEXPAVCFont@@@Z
?SetPrintView@CPreviewView@@QAEHPAVCView@@@Z ?SetPropCheck@COlePropertyPage@@QAEHPBDH@Z
?SetProperty@COleControlSite@@UAAXJGZZ ?SetProperty@COleDispatchDriver@@QAAXJGZZ
?SetProperty@CWnd@@QAAXJGZZ ?SetPropertyV@COleControlSite@@UAEXJGPAD@Z
?SetPropIndex@COlePropertyPage@@QAEHPBDH@Z ?SetPropRadio@COlePropertyPage@@QAEHPBDH@Z
?SetPropsetData@COleControl@@IAEHPAUtagFORMATETC@@PAUtagSTGMEDIUM@@ABU_GUID@@@Z
?SetPropText@COlePropertyPage@@QAEHPBDAAE@Z ?SetPropText@COlePropertyPage@@QAEHPBDAAF@Z
?SetPropText@COlePropertyPage@@QAEHPBDAAH@Z ?SetPropText@COlePropertyPage@@QAEHPBDAAI@Z
?SetPropText@COlePropertyPage@@QAEHPBDAAJ@Z ?SetPropText@COlePropertyPage@@QAEHPBDAAK@Z
?SetPropText@COlePropertyPage@@QAEHPBDAAM@Z ?SetPropText@COlePropertyPage@@QAEHPBDAAN@Z
?SetPropText@COlePropertyPage@@QAEHPBDAAVCString@@@Z ?SetQueryTimeout@CDaoDatabase@@QAEXF@Z
?SetRadio@CCmdUI@@UAEXH@Z ?SetRadio@CTestCmdUI@@UAEXH@Z ?SetRange@CSliderCtrl@@QAEXHHH@Z
?SetReadBufferSize@CInternetFile@@QAEHI@Z
?SetRect@XOleDocumentView@CDocObjectServer@@UAGJPAUtagRECT@@@Z
?SetRectComplex@XOleDocumentView@CDocObjectServer@@UAGJPAUtagRECT@@000@Z
?SetRectInContainer@COleControl@@QAEHPBUtagRECT@@@Z ?SetRegistryKey@CWinApp@@IAEXI@Z
?SetRegistryKey@CWinApp@@IAEXPBD@Z ?SetReturnsRecords@CDaoQueryDef@@QAEXH@Z ?SetROP2@CDC@@QAEHH@Z
?SetRowInfo@CSplitterWnd@@QAEXHHH@Z ?SetRowsetCurrencyStatus@CRecordset@@UAEXFGJK@Z
?SetRowsetCursorPosition@CRecordset@@QAEXGG@Z ?SetRowsetSize@CRecordset@@UAEXK@Z
?SetScaledSize@CPreviewView@@IAEXI@Z ?SetScaleRatio@CPreviewDC@@QAEXHH@Z
?SetScaleToFitSize@CScrollView@@QAEXUtagSIZE@@@Z ?SetScreenSize@CDockState@@QAEXAAVCSize@@@Z
?SetScrollInfo@CWnd@@QAEHHPAUtagSCROLLINFO@@H@Z ?SetScrollPos@CWnd@@QAEHHHH@Z
?SetScrollRange@CWnd@@QAEXHHHH@Z ?SetScrollSizes@CScrollView@@QAEXHUtagSIZE@@ABU2@1@Z
?SetScrollStyle@CSplitterWnd@@QAEXK@Z ?SetSectionName@CPropertySection@@QAEHPBD@Z
?SetSel@CRichEditCtrl@@QAEXJJ@Z ?SetSelection@CSliderCtrl@@QAEXHH@Z
?SetSelectionCharFormat@CRichEditCtrl@@QAEHAAU_charformat@@@Z
?SetServerInfo@CDocTemplate@@QAEXIIPAUCRuntimeClass@@0@Z
?SetSize@CArchiveStream@@UAGJT_ULARGE_INTEGER@@@Z ?SetSize@CByteArray@@QAEXHH@Z
?SetSize@CDWordArray@@QAEXHH@Z ?SetSize@CObArray@@QAEXHH@Z ?SetSize@CPtrArray@@QAEXHH@Z
?SetSize@CStringArray@@QAEXHH@Z ?SetSize@CUIntArray@@QAEXHH@Z ?SetSize@CWordArray@@QAEXHH@Z
?SetSizes@CToolBar@@QAEXUtagSIZE@@0@Z ?SetSourceTableName@CDaoTableDef@@QAEXPBD@Z
?SetSplitCursor@CSplitterWnd@@MAEXH@Z ?SetSQL@CDaoQueryDef@@QAEXPBD@Z
?SetStandardProp@CCmdTarget@@IAEJPBUAFX_DISPMAP_ENTRY@@PAUtagDISPPARAMS@@PAI@Z
?SetState@CColorButton@@QAEXH@Z ?SetState@CRecordset@@IAEXHPBDK@Z
?SetStatus@CFile@@SGXPBDABUCFileStatus@@@Z ?SetStatusText@CControlBar@@UAEHH@Z
?SetStatusText@XOleInPlaceFrame@COleFrameHook@@UAGJPBG@Z
?SetStatusText@XOleIPFrame@COleControlContainer@@UAGJPBG@Z ?SetStretchBltMode@CDC@@QAEHH@Z
?SetString@COleVariant@@QAEXPBDG@Z ?SetSysString@CString@@QBEPAGPAPAG@Z
?SetSystemFont@CDialogTemplate@@QAEHG@Z ?SetTabStops@CEditView@@QAEXH@Z
?SetTemplate@CDialogTemplate@@IAEHPBUDLGTEMPLATE@@I@Z ?SetTemplate@CFileDialog@@QAEXPBD0@Z
?SetText@CCmdUI@@UAEXPBD@Z ?SetText@COleCmdUI@@UAEXPBD@Z ?SetText@COleControl@@QAEXPBD@Z
?SetText@CStatusCmdUI@@UAEXPBD@Z ?SetText@CTestCmdUI@@UAEXPBD@Z ?SetText@CToolCmdUI@@UAEXPBD@Z
?SetTextAlign@CDC@@QAEII@Z ?SetTextCharacterExtra@CDC@@QAEHH@Z ?SetTextColor@CDC@@UAEKK@Z
?SetTextColor@CPreviewDC@@UAEKK@Z ?SetTextJustification@CDC@@QAEHHH@Z ?SetTitle@CDocument@@UAEXPBD@Z
?SetTitle@CPropertySheet@@QAEXPBDI@Z ?SetTitle@CRichEditDoc@@UAEXPBD@Z
?SetToolRect@CToolTipCtrl@@QAEXPAVCWnd@@IPBUtagRECT@@@Z ?SetTopLeftOffset@CPreviewDC@@QAEXVCSize@@@Z
?SetType@CProperty@@QAEXK@Z ?SetUpdateMethod@CRecordset@@IAEXXZ
?SetValidationRule@CDaoTableDef@@QAEXPBD@Z ?SetValidationText@CDaoTableDef@@QAEXPBD@Z
?SetValue@CThreadSlotData@@QAEXHPAX@Z ?SetViewInfo@XOleUIObjInfo@COlePropertiesDialog@@UAGJKPAXKHH@Z
?SetViewportExt@CDC@@UAE?AVCSize@@HH@Z ?SetViewportExt@CMetaFileDC@@UAE?AVCSize@@HH@Z
?SetViewportExt@CPreviewDC@@UAE?AVCSize@@HH@Z ?SetViewportOrg@CDC@@UAE?AVCPoint@@HH@Z
?SetViewportOrg@CMetaFileDC@@UAE?AVCPoint@@HH@Z ?SetViewportOrg@CPreviewDC@@UAE?AVCPoint@@HH@Z
?SetWindowExt@CDC@@UAE?AVCSize@@HH@Z ?SetWindowExt@CPreviewDC@@UAE?AVCSize@@HH@Z
?SetWindowOrg@CDC@@QAE?AVCPoint@@HH@Z ?SetWindowPlacement@CWnd@@QAEHPBUtagWINDOWPLACEMENT@@@Z
?SetWindowPos@COleControlSite@@UAEHPBVCWnd@@HHHHI@Z ?SetWindowPos@CWnd@@QAEHPBV1@HHHHI@Z
?SetWindowTextA@COleControlSite@@UAEXPBD@Z ?SetWindowTextA@CWnd@@QAEXPBD@Z
?SetWordCharFormat@CRichEditCtrl@@QAEHAAU_charformat@@@Z ?SetWriteBufferSize@CInternetFile@@QAEHI@Z
?SetZoomState@CPreviewView@@IAEXIIVCPoint@@@Z ?Show@XOleDocumentView@CDocObjectServer@@UAGJH@Z
?Show@XPropertyPage@COlePropertyPage@@UAGJI@Z ?ShowAll@CDockBar@@QAEXH@Z
?ShowContainerUI@CRichEditCntrItem@@QAEJH@Z ?ShowContainerUI@CRichEditView@@QAEJH@Z
?ShowContainerUI@XRichEditOleCallback@CRichEditView@@UAGJH@Z
?ShowControlBar@CFrameWnd@@QAEXPAVCControlBar@@HH@Z
?ShowObject@XOleClientSite@COleClientItem@@UAGJXZ ?ShowObject@XOleClientSite@COleControlSite@@UAGJXZ
?ShowOwnedWindows@CFrameWnd@@QAEXH@Z ?ShowPropertyFrame@XOleControlSite@COleControlSite@@UAGJXZ
?ShowWindow@COleControlSite@@UAEHH@Z ?ShowWindow@CWnd@@QAEHH@Z
?sizeDefault@CScrollView@@2UtagSIZE@@B ?SizeToContent@CBitmapButton@@QAEXXZ
?SizeToolBar@CToolBar@@IAEXPAU_TBBUTTON@@HHH@Z ?Skip@XEnumVOID@CEnumArray@@UAGJK@Z
?SkipDeletedRecords@CRecordset@@QAEXGJPAKPAF@Z ?Socket@CAsyncSocket@@QAEHHJHH@Z
?SpanExcluding@CString@@QBE?AV1@PBD@Z ?SpanIncluding@CString@@QBE?AV1@PBD@Z
?SplitColumn@CSplitterWnd@@UAEHH@Z
?SplitDialogTemplate@COccManager@@UAEPAUDLGTEMPLATE@@PBU2@PAPAUDLGITEMTEMPLATE@@@Z
?SplitRow@CSplitterWnd@@UAEHH@Z ?StartDocA@CDC@@QAEHPBD@Z ?StartDrag@CDockContext@@UAEXVCPoint@@@Z
?StartResize@CDockContext@@UAEXHVCPoint@@@Z ?StartTracking@CSplitterWnd@@MAEXH@Z
?Stat@CArchiveStream@@UAGJPAUtagSTATSTG@@K@Z ?StopTracking@CSplitterWnd@@MAEXH@Z
?Store@CRuntimeClass@@QBEXAAVCArchive@@@Z ?StoreFields@CDaoRecordset@@IAEXXZ
?StoreFields@CRecordset@@QAEXXZ ?Stream@CRichEditView@@QAEXAAVCArchive@@H@Z
?Stretch@CDockContext@@QAEXVCPoint@@@Z ?StripBrackets@CDaoRecordset@@SAXPBDPAD@Z
?SubclassCtl3d@CWnd@@QAEHH@Z ?SubclassDlg3d@CWnd@@QAEHK@Z ?SubclassDlgItem@CWnd@@QAEHIPAV1@@Z
?SubclassWindow@CWnd@@QAEHPAUHWND__@@@Z
?SyncAfter@XNotifyDBEvents@COleControlSite@@UAGJKKQAUtagDBNOTIFYREASON@@@Z
?SyncBefore@XNotifyDBEvents@COleControlSite@@UAGJKKQAUtagDBNOTIFYREASON@@@Z
?SyncToRichEditObject@CRichEditCntrItem@@QAEXAAU_reobject@@@Z
?TabbedTextOutA@CDC@@UAE?AVCSize@@HHPBDHHPAHH@Z
?TabbedTextOutA@CMetaFileDC@@UAE?AVCSize@@HHPBDHHPAHH@Z
?TabbedTextOutA@CPreviewDC@@UAE?AVCSize@@HHPBDHHPAHH@Z ?TextNotFound@CRichEditView@@QAEXPBD@Z
?TextOutA@CDC@@UAEHHHPBDH@Z ?TextOutA@CMetaFileDC@@UAEHHHPBDH@Z ?TextOutA@CPreviewDC@@UAEHHHPBDH@Z
?ThrowDaoException@CDaoDatabase@@MAEXH@Z ?ThrowDaoException@CDaoQueryDef@@MAEXH@Z
?ThrowDaoException@CDaoRecordset@@MAEXH@Z ?ThrowDaoException@CDaoTableDef@@MAEXH@Z
?ThrowDaoException@CDaoWorkspace@@MAEXH@Z ?ThrowDBException@CDatabase@@MAEXF@Z
?ThrowDBException@CRecordset@@UAEXFPAX@Z ?ThrowErrno@CFileException@@SGXHPBD@Z
?ThrowError@COleControl@@QAEXJII@Z ?ThrowError@COleControl@@QAEXJPBDI@Z
?ThrowGetRowsDaoException@@YAXJ@Z ?ThrowOsError@CFileException@@SGXJPBD@Z
?ToggleDocking@CDockContext@@UAEXXZ ?Track@CDockContext@@QAEHXZ
?Track@CRectTracker@@QAEHPAVCWnd@@VCPoint@@H0@Z ?TrackColumnSize@CSplitterWnd@@MAEXHH@Z
?TrackHandle@CRectTracker@@IAEHHPAVCWnd@@VCPoint@@0@Z
?TrackPopupMenu@CMenu@@QAEHIHHPAVCWnd@@PBUtagRECT@@@Z ?TrackRowSize@CSplitterWnd@@MAEXHH@Z
?TrackRubberBand@CRectTracker@@QAEHPAVCWnd@@VCPoint@@H@Z
?TransformCoords@COleControl@@QAEXPAU_POINTL@@PAUtagPOINTF@@K@Z
?TransformCoords@XOleControlSite@COleControlSite@@UAGJPAU_POINTL@@PAUtagPOINTF@@K@Z
?TranslateAcceleratorA@XOleControlSite@COleControlSite@@UAGJPAUtagMSG@@K@Z
?TranslateAcceleratorA@XOleInPlaceActiveObject@COleControl@@UAGJPAUtagMSG@@@Z
?TranslateAcceleratorA@XOleInPlaceActiveObject@COleServerDoc@@UAGJPAUtagMSG@@@Z
?TranslateAcceleratorA@XOleInPlaceFrame@COleFrameHook@@UAGJPAUtagMSG@@G@Z
?TranslateAcceleratorA@XOleIPFrame@COleControlContainer@@UAGJPAUtagMSG@@G@Z
?TranslateAcceleratorA@XPropertyPage@COlePropertyPage@@UAGJPAUtagMSG@@@Z
?TranslateColor@COleControl@@QAEKKPAUHPALETTE__@@@Z ?TrimLeft@CString@@QAEXXZ
?TrimRight@CString@@QAEXXZ ?UIActivate@XOleDocumentView@CDocObjectServer@@UAGJH@Z
?UIActivateControl@COccManager@@KAXPAVCWnd@@@Z ?UIDeactivate@XOleInPlaceObject@COleControl@@UAGJXZ
?UIDeactivate@XOleInPlaceObject@COleServerDoc@@UAGJXZ
?UIDeactivateIfNecessary@COccManager@@KAXPAVCWnd@@0@Z ?UnaccessData@COleSafeArray@@QAEXXZ
?Unadvise@XConnPt@CConnectionPoint@@UAGJK@Z ?Unadvise@XOleObject@CDocObjectServer@@UAGJK@Z
?Unadvise@XOleObject@COleControl@@UAGJK@Z ?Unadvise@XOleObject@COleServerDoc@@UAGJK@Z
?Unadvise@XOleObject@COleServerItem@@UAGJK@Z ?UnbindFieldsForUpdate@CRecordset@@QAEXXZ
?Uncache@XOleCache@COleControl@@UAGJK@Z ?Unfreeze@XViewObject@COleControl@@UAGJK@Z
?Unlock@CCriticalSection@@UAEHXZ ?Unlock@CEvent@@UAEHXZ ?Unlock@CMultiLock@@QAEHJPAJ@Z
?Unlock@CMultiLock@@QAEHXZ ?Unlock@CMutex@@UAEHXZ ?Unlock@COleSafeArray@@QAEXXZ
?Unlock@CSemaphore@@UAEHJPAJ@Z ?Unlock@CSemaphore@@UAEHXZ ?Unlock@CSingleLock@@QAEHJPAJ@Z
?Unlock@CSingleLock@@QAEHXZ ?Unlock@CSyncObject@@UAEHJPAJ@Z ?Unlock@CTypeLibCache@@QAEXXZ
?UnlockBuffer@CEditView@@QBEXXZ ?UnlockBuffer@CString@@QAEXXZ ?UnlockRange@CFile@@UAEXKK@Z
?UnlockRange@CInternetFile@@UAEXKK@Z ?UnlockRange@CMemFile@@UAEXKK@Z
?UnlockRange@COleStreamFile@@UAEXKK@Z ?UnlockRange@CSocketFile@@UAEXKK@Z
?UnlockRange@CStdioFile@@UAEXKK@Z ?UnlockRegion@CArchiveStream@@UAGJT_ULARGE_INTEGER@@0K@Z
?Unregister@CWinApp@@QAEHXZ ?UnsubclassWindow@CWnd@@QAEPAUHWND__@@XZ ?Update@CDaoRecordset@@UAEXXZ
?Update@CRecordset@@UAEHXZ ?Update@XOleObject@CDocObjectServer@@UAGJXZ
?Update@XOleObject@COleControl@@UAGJXZ ?Update@XOleObject@COleServerDoc@@UAGJXZ
?Update@XOleObject@COleServerItem@@UAGJXZ
?UpdateAllItems@COleServerDoc@@QAEXPAVCOleServerItem@@JPAVCObject@@W4tagDVASPECT@@@Z
?UpdateAllPanes@CStatusBar@@IAEXHH@Z ?UpdateAllViews@CDocument@@QAEXPAVCView@@JPAVCObject@@@Z
?UpdateBars@CScrollView@@IAEXXZ ?UpdateClientEdge@CMDIChildWnd@@IAEHPAUtagRECT@@@Z
?UpdateControls@CDataSourceControl@@UAEJXZ ?UpdateCursor@CDataSourceControl@@UAEJXZ
?UpdateData@CWnd@@QAEHH@Z ?UpdateDialogControls@CWnd@@QAEXPAVCCmdTarget@@H@Z
?UpdateFrameCounts@CDocument@@UAEXXZ ?UpdateFrameTitleForDocument@CFrameWnd@@QAEXPBD@Z
?UpdateInsertDelete@CRecordset@@IAEHXZ ?UpdateItemType@COleClientItem@@QAEXXZ
?UpdateLink@COleClientItem@@QAEHXZ ?UpdateLink@COleUILinkInfo@@UAGJKHH@Z
?UpdateLogFont@CSizeComboBox@@QAEXPAUtagLOGFONTA@@H@Z ?UpdateMenu@CRecentFileList@@UAEXPAVCCmdUI@@@Z
?UpdateModifiedFlag@COleDocument@@UAEXXZ ?UpdateModifiedFlag@CRichEditDoc@@UAEXXZ
?UpdateObjectCache@CRichEditDoc@@IAEXXZ ?UpdatePrinterSelection@CWinApp@@IAEXH@Z
?UpdateRegistry@CColorPropPageFactory@CColorPropPage@@UAEHH@Z
?UpdateRegistry@CFontPropPageFactory@CFontPropPage@@UAEHH@Z
?UpdateRegistry@COleObjectFactory@@MAEHH@Z ?UpdateRegistry@COleObjectFactory@@QAEXPBD@Z
?UpdateRegistry@COleTemplateServer@@QAEXW4OLE_APPTYPE@@PAPBD1@Z
?UpdateRegistry@CPicturePropPageFactory@CPicturePropPage@@UAEHH@Z
?UpdateRegistryAll@COleObjectFactory@@SGHH@Z ?UpdateSampleFont@CFontPropPage@@IAEXXZ
?UpdateState@CDockContext@@QAEXPAHH@Z ?UpdateTipText@CToolTipCtrl@@QAEXIPAVCWnd@@I@Z
?UpdateTipText@CToolTipCtrl@@QAEXPBDPAVCWnd@@I@Z
?UpdateUsingHostObj@COleServerDoc@@IAEXIPAVCCmdUI@@@Z ?UpdateVisibleLock@COleLinkingDoc@@IAEXHH@Z
?VerifyConnect@CDatabase@@IAEXXZ ?VerifyCursorSupport@CRecordset@@IAEKXZ
?VerifyDriverBehavior@CRecordset@@IAEXXZ ?VerifyLicenseKey@COleObjectFactory@@MAEHPAG@Z
?VerifyUserLicense@COleObjectFactory@@MAEHXZ ?VKeyToItem@CListBox@@UAEHII@Z
?WalkPreTranslateTree@CWnd@@SGHPAUHWND__@@PAUtagMSG@@@Z
?WillAmbientsBeValidDuringLoad@COleControl@@QAEHXZ ?WindowProc@CControlBar@@UAEJIIJ@Z
?WindowProc@COleControl@@UAEJIIJ@Z ?WindowProc@COlePropertyPage@@MAEJIIJ@Z
?WindowProc@CParkingWnd@@UAEJIIJ@Z ?WindowProc@CReflectorWnd@@MAEJIIJ@Z ?WindowProc@CWnd@@MAEJIIJ@Z
?WinHelpA@CWinApp@@UAEXKI@Z ?WinHelpA@CWnd@@UAEXKI@Z ?wndBottom@CWnd@@2V1@B
?wndNoTopMost@CWnd@@2V1@B ?wndTop@CWnd@@2V1@B ?wndTopMost@CWnd@@2V1@B
?WrapChanged@CRichEditView@@MAEXXZ ?WrapToolBar@CToolBar@@IAEHPAU_TBBUTTON@@HH@Z
?Write@CArchive@@QAEXPBXI@Z ?Write@CArchiveStream@@UAGJPBXKPAK@Z ?Write@CFile@@UAEXPBXI@Z
?Write@CGopherFile@@UAEXPBXI@Z ?Write@CImageList@@QAEHPAVCArchive@@@Z
?Write@CInternetFile@@UAEXPBXI@Z ?Write@CMemFile@@UAEXPBXI@Z ?Write@COleStreamFile@@UAEXPBXI@Z
?Write@CSocketFile@@UAEXPBXI@Z ?Write@CStdioFile@@UAEXPBXI@Z
?WriteClass@CArchive@@QAEXPBUCRuntimeClass@@@Z ?WriteCount@CArchive@@QAEXK@Z
?WriteItem@COleClientItem@@UAEXAAVCArchive@@@Z
?WriteItemCompound@COleClientItem@@QAEXAAVCArchive@@@Z
?WriteItemFlat@COleClientItem@@QAEXAAVCArchive@@@Z ?WriteList@CRecentFileList@@UAEXXZ
?WriteNameDictToStream@CPropertySection@@QAEHPAUIStream@@@Z
?WriteObject@CArchive@@QAEXPBVCObject@@@Z ?WriteProfileBinary@CWinApp@@QAEHPBD0PAEI@Z
?WriteProfileInt@CWinApp@@QAEHPBD0H@Z ?WriteProfileStringA@CWinApp@@QAEHPBD00@Z
?WriteString@CArchive@@QAEXPBD@Z ?WriteString@CGopherFile@@UAEXPBD@Z
?WriteString@CInternetFile@@UAEXPBD@Z ?WriteString@CStdioFile@@UAEXPBD@Z
?WriteToArchive@CEditView@@QAEXAAVCArchive@@@Z ?WriteToStream@CProperty@@QAEHPAUIStream@@@Z
?WriteToStream@CPropertySection@@QAEHPAUIStream@@@Z ?WriteToStream@CPropertySet@@QAEHPAUIStream@@@Z
afxChNil ??0CHttpConnection@@QAE@PAVCInternetSession@@PBDKG11K@Z
??1?$_CIP@UIBindStatusCallback@@$1?IID_IBindStatusCallback@@3U_GUID@@B@@QAE@XZ
??1?$_CIP@UIUnknown@@$1?IID_IUnknown@@3U_GUID@@B@@QAE@XZ=_AfxBinaryCompatibleStubFunction
??1?$CIP@UIBindStatusCallback@@$1?IID_IBindStatusCallback@@3U_GUID@@B@@QAE@XZ
??1?$CIP@UIUnknown@@$1?IID_IUnknown@@3U_GUID@@B@@QAE@XZ
?AfxParseURLEx@@YGHPBDAAKAAVCString@@2AAG22K@Z ?AfxThunkINetCanonicalizeUrl@@YGHPBDPADPAKK@Z
?AfxThunkINetCrackUrl@@YGHPBDKKPAUURL_COMPONENTSA@@@Z
?classCInternetException@CInternetException@@2UCRuntimeClass@@B
?CreateBindStatusCallback@CAsyncMonikerFile@@MAEPAUIUnknown@@PAU2@@Z
?DispatchThreadMessageEx@CWinThread@@IAEHPAUtagMSG@@@Z ?EndCallbacks@CAsyncMonikerFile@@IAEXXZ
?Flush@CMonikerFile@@UAEXXZ ?GetHttpConnection@CInternetSession@@QAEPAVCHttpConnection@@PBDKG00@Z
?Read@CAsyncMonikerFile@@UAEIPAXI@Z ??0CEnumConnections@@QAE@PBXI@Z ??1CEnumConnections@@UAE@XZ
??6CHtmlStream@@QAEAAV0@ABVCByteArray@@@Z ??6CHtmlStream@@QAEAAV0@ABVCLongBinary@@@Z
??6CHttpServerContext@@QAEAAV0@ABVCByteArray@@@Z ??6CHttpServerContext@@QAEAAV0@ABVCLongBinary@@@Z
?_AfxDeleteRegKey@@YGHPBD@Z ?AddConnection@CEnumConnections@@QAEXPAUtagCONNECTDATA@@@Z
?AfxGetDefaultValue@@YAXPAU_DAOField@@AAVCString@@@Z
?AfxGetResourceHandle@@YGPAUHINSTANCE__@@XZ=?AfxGetResourceHandleCompat@@YGPAUHINSTANCE__@@XZ
?AfxInitRichEdit@@YGHXZ ?AfxOleUnregisterHelper@@YGHPBQBD0HPAUHKEY__@@@Z
?AfxOleUnregisterServerClass@@YGHABU_GUID@@PBD11W4OLE_APPTYPE@@PAPBD3@Z
?AfxSetDefaultValue@@YAXPAU_DAOField@@AAVCString@@@Z
?CreateEx@CWnd@@QAEHKPBD0KABUtagRECT@@PAV1@IPAX@Z ?DoMouseWheel@CScrollView@@QAEHIFVCPoint@@@Z
?FreezeAllEvents@COleControlContainer@@QAEXH@Z ?FreezeEvents@COleControlSite@@QAEXH@Z
?GetInterfaceMap@CEnumConnections@@MBEPBUAFX_INTERFACEMAP@@XZ ?HashKey@@YGIPBG@Z
?interfaceMap@COleControlContainer@@1UAFX_INTERFACEMAP@@B
?interfaceMap@COleControlSite@@1UAFX_INTERFACEMAP@@B ?OnClone@CEnumConnections@@MAEPAVCEnumArray@@XZ
?OnCmdMsg@CDocTemplate@@UAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z
?OnCmdMsg@COleTemplateServer@@MAEHIHPAXPAUAFX_CMDHANDLERINFO@@@Z ?OnDestroy@CWnd@@IAEXXZ
?OnMouseWheel@CScrollView@@QAEHIFVCPoint@@@Z ?OnMouseWheel@CSplitterWnd@@IAEHIFVCPoint@@@Z
?OnNext@CEnumConnections@@MAEHPAX@Z ?OnRegisteredMouseWheel@CFrameWnd@@IAEJIJ@Z
?OnSettingChange@CWnd@@IAEXIPBD@Z ?SetParamNull@CRecordset@@QAEXHH@Z
?Unregister@COleObjectFactory@@QAEHXZ ?Unregister@COleTemplateServer@@QAEHXZ
?UnregisterAll@COleObjectFactory@@SGHXZ ?UnregisterShellFileTypes@CDocManager@@QAEXXZ
?UnregisterShellFileTypes@CWinApp@@IAEXXZ ??0AFX_CLASSINIT_COMPAT@@QAE@PAUCRuntimeClass@@@Z
??0AFX_EVENT@@QAE@H@Z ??0AFX_MAINTAIN_STATE2@@QAE@PAVAFX_MODULE_STATE@@@Z
??0CCachedDataPathProperty@@QAE@PAVCOleControl@@@Z
??0CColorPropPageFactory@CColorPropPage@@QAE@ABU_GUID@@PAUCRuntimeClass@@HPBD@Z
??0CDaoErrorInfo@@QAE@XZ ??0CDaoFieldInfo@@QAE@XZ ??0CDataPathProperty@@QAE@PAVCOleControl@@@Z
??0CDynLinkLibrary@@QAE@PAUHINSTANCE__@@0@Z ??0CFileStatus@@QAE@XZ ??0CFixedAlloc@@QAE@II@Z
??0CFontPropPageFactory@CFontPropPage@@QAE@ABU_GUID@@PAUCRuntimeClass@@HPBD@Z
??0CGopherLocator@@QAE@ABV0@@Z ??0CHtmlView@@IAE@XZ ??0CMemoryException@@QAE@HI@Z
??0CNotSupportedException@@QAE@HI@Z ??0COleDocObjectItem@@QAE@PAVCOleDocument@@@Z
??0COleVariant@@QAE@PBU_ITEMIDLIST@@@Z ??0CParkingWnd@@QAE@XZ
??0CPicturePropPageFactory@CPicturePropPage@@QAE@ABU_GUID@@PAUCRuntimeClass@@HPBD@Z
??0CPropertyPageEx@@QAE@IIII@Z ??0CPropertyPageEx@@QAE@PBDIII@Z ??0CPropertyPageEx@@QAE@XZ
??0CPropertySheetEx@@QAE@IPAVCWnd@@IPAUHBITMAP__@@PAUHPALETTE__@@1@Z
??0CPropertySheetEx@@QAE@PBDPAVCWnd@@IPAUHBITMAP__@@PAUHPALETTE__@@2@Z ??0CPropertySheetEx@@QAE@XZ
??0CReBar@@QAE@XZ ??0CResourceException@@QAE@HI@Z ??0CString@@QAE@PBGH@Z ??0CUserException@@QAE@HI@Z
??1?$CEmbeddedButActsLikePtr@VCMapPtrToPtr@@@@QAE@XZ
??1?$CEmbeddedButActsLikePtr@VCPtrList@@@@QAE@XZ ??1AFX_MAINTAIN_STATE2@@QAE@XZ
??1CArchiveException@@UAE@XZ ??1CColorDialog@@UAE@XZ ??1CColorPropPage@@UAE@XZ
??1CColorPropPageFactory@CColorPropPage@@UAE@XZ ??1CComboBoxEx@@UAE@XZ ??1CControlBarInfo@@QAE@XZ
??1CControlDataSource@COleControl@@UAE@XZ ??1CControlFrameWnd@@UAE@XZ ??1CControlRectTracker@@UAE@XZ
??1CDaoErrorInfo@@QAE@XZ ??1CDateTimeCtrl@@UAE@XZ ??1CFindReplaceDialog@@UAE@XZ
??1CFixedAlloc@@QAE@XZ ??1CFontPropPage@@UAE@XZ ??1CFontPropPageFactory@CFontPropPage@@UAE@XZ
??1CHandleMap@@QAE@XZ ??1CHtmlView@@UAE@XZ ??1CIPAddressCtrl@@UAE@XZ ??1CMDIChildWnd@@UAE@XZ
??1CMDIFrameWnd@@UAE@XZ ??1CMemoryException@@UAE@XZ ??1CMiniDockFrameWnd@@UAE@XZ
??1CMonthCalCtrl@@UAE@XZ ??1CNotSupportedException@@UAE@XZ ??1COccManager@@UAE@XZ
??1COleDocObjectItem@@UAE@XZ ??1COleException@@UAE@XZ ??1COleSafeArray@@QAE@XZ
??1CParkingWnd@@UAE@XZ ??1CPicturePropPageFactory@CPicturePropPage@@UAE@XZ
??1CPropertyPageEx@@UAE@XZ ??1CPropertySheetEx@@UAE@XZ ??1CPushRoutingFrame@@QAE@XZ
??1CPushRoutingView@@QAE@XZ ??1CReBar@@UAE@XZ ??1CReflectorWnd@@UAE@XZ ??1CResourceException@@UAE@XZ
??1CRichEditDoc@@UAE@XZ ??1CSocketWnd@@UAE@XZ ??1CTempDC@@UAE@XZ ??1CTempGdiObject@@UAE@XZ
??1CTempImageList@@UAE@XZ ??1CTempMenu@@UAE@XZ ??1CTempWnd@@UAE@XZ ??1CThreadData@@UAE@XZ
??1CTypeLibCacheMap@@UAE@XZ ??1CUserException@@UAE@XZ ??1CWindowlessDC@@UAE@XZ ??3CTempWnd@@SAXPAX@Z
??5CArchive@@QAEAAV0@AAE@Z ??5CArchive@@QAEAAV0@AAG@Z ??5CArchive@@QAEAAV0@AAJ@Z
??5CArchive@@QAEAAV0@AAK@Z ??5CArchive@@QAEAAV0@AAM@Z ??5CArchive@@QAEAAV0@AAN@Z
??6CArchive@@QAEAAV0@E@Z ??6CArchive@@QAEAAV0@G@Z ??6CArchive@@QAEAAV0@J@Z ??6CArchive@@QAEAAV0@K@Z
??6CArchive@@QAEAAV0@M@Z ??6CArchive@@QAEAAV0@N@Z ??8@YAHABU_GUID@@0@Z ??MCTime@@QBEHV0@@Z
??OCTime@@QBEHV0@@Z ?ActivateAndShow@COleDocObjectItem@@IAEXXZ
?ActivateMe@XOleDocumentSite@COleDocObjectItem@@UAGJPAUIOleDocumentView@@@Z
?AddBar@CReBar@@QAEHPAVCWnd@@KKPBDK@Z ?AddBar@CReBar@@QAEHPAVCWnd@@PBDPAVCBitmap@@K@Z
?AddClassIDToList@COleInsertDialog@@IAEXAAPAU_GUID@@AAH1PAU2@@Z
?AddHead@CStringList@@QAEPAU__POSITION@@ABVCString@@@Z
?AddPage@CPropertySheetEx@@QAEXPAVCPropertyPageEx@@@Z
?AddTail@CStringList@@QAEPAU__POSITION@@ABVCString@@@Z ?AfxCheckError@@YGXJ@Z
?AfxClassInit@@YGXPAUCRuntimeClass@@@Z ?AfxDelRegTreeHelper@@YGJPAUHKEY__@@ABVCString@@@Z
?AfxGetExceptionContext@@YAPAUAFX_EXCEPTION_CONTEXT@@XZ ?AfxGetHENV@@YGPAXXZ
?AfxGetMainWnd@@YGPAVCWnd@@XZ ?AfxGetResourceHandleCompat@@YGPAUHINSTANCE__@@XZ
?afxMapHDC@@YGPAVCHandleMap@@H@Z ?afxMapHGDIOBJ@@YGPAVCHandleMap@@H@Z
?afxMapHIMAGELIST@@YGPAVCHandleMap@@H@Z ?afxMapHMENU@@YGPAVCHandleMap@@H@Z
?afxMapHWND@@YGPAVCHandleMap@@H@Z
?AfxOleRegisterServerClass@@YGHABU_GUID@@PBD11W4OLE_APPTYPE@@PAPBD3H11@Z ?AfxTrackerTerm@@YAXXZ
?AfxWingdixTerm@@YAXXZ ?Alloc@CFixedAlloc@@QAEPAXXZ ?AtlA2WHelper@@YGPAGPAGPBDH@Z
?AtlDevModeA2W@@YAPAU_devicemodeW@@PAU1@PAU_devicemodeA@@@Z
?AtlDevModeW2A@@YGPAU_devicemodeA@@PAU1@PAU_devicemodeW@@@Z ?AtlW2AHelper@@YGPADPADPBGH@Z
?AttachControlSite@COleControlContainer@@QAEXPAVCWnd@@@Z
?BeforeNavigate2@CHtmlView@@MAEXPAUIDispatch@@PAUtagVARIANT@@1111PAH@Z
?BuildPropPageArray@CPropertySheetEx@@UAEXXZ ?CalcDynamicLayout@CReBar@@UAE?AVCSize@@HK@Z
?CalcFixedLayout@CReBar@@UAE?AVCSize@@HH@Z ?CheckHstmt@CDatabase@@QBGHFPAX@Z
?classCComboBoxEx@CComboBoxEx@@2UCRuntimeClass@@B ?classCHtmlView@CHtmlView@@2UCRuntimeClass@@B
?classCIPAddressCtrl@CIPAddressCtrl@@2UCRuntimeClass@@B
?classCOleDBRecordView@COleDBRecordView@@2UCRuntimeClass@@B
?classCOleDocObjectItem@COleDocObjectItem@@2UCRuntimeClass@@B
?classCPropertyPageEx@CPropertyPageEx@@2UCRuntimeClass@@B
?classCPropertySheetEx@CPropertySheetEx@@2UCRuntimeClass@@B ?classCReBar@CReBar@@2UCRuntimeClass@@B
?classCReBarCtrl@CReBarCtrl@@2UCRuntimeClass@@B ?ClientToScreen@CWnd@@QBEXPAUtagRECT@@@Z
?CommonConstruct@CPropertyPageEx@@IAEXPBDIII@Z
?CommonConstruct@CPropertySheetEx@@QAEXPAVCWnd@@IPAUHBITMAP__@@PAUHPALETTE__@@1@Z
?Construct@CPropertyPageEx@@QAEXIIII@Z ?Construct@CPropertyPageEx@@QAEXPBDIII@Z
?Construct@CPropertySheetEx@@QAEXIPAVCWnd@@IPAUHBITMAP__@@PAUHPALETTE__@@1@Z
?Construct@CPropertySheetEx@@QAEXPBDPAVCWnd@@IPAUHBITMAP__@@PAUHPALETTE__@@2@Z
?Create@CComboBoxEx@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CDateTimeCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CHtmlView@@UAEHPBD0KABUtagRECT@@PAVCWnd@@IPAUCCreateContext@@@Z
?Create@CImageList@@QAEHPAV1@@Z ?Create@CIPAddressCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?Create@CMonthCalCtrl@@QAEHKABUtagPOINT@@PAVCWnd@@I@Z
?Create@CMonthCalCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z ?Create@CReBar@@QAEHPAVCWnd@@KKI@Z
?Create@CReBarCtrl@@QAEHKABUtagRECT@@PAVCWnd@@I@Z
?CreateControl@COleControlContainer@@QAEHPAVCWnd@@ABU_GUID@@PBDKPBUtagPOINT@@PBUtagSIZE@@IPAVCFile@@HPAGPAPAVCOleControlSite@@@Z
?CreateControl@COleControlSite@@QAEJPAVCWnd@@ABU_GUID@@PBDKPBUtagPOINT@@PBUtagSIZE@@IPAVCFile@@HPAG@Z
?CreateControl@CWnd@@QAEHABU_GUID@@PBDKPBUtagPOINT@@PBUtagSIZE@@PAV1@IPAVCFile@@HPAG@Z
?CreateEx@CStatusBar@@QAEHPAVCWnd@@KKI@Z ?CreateEx@CToolBar@@QAEHPAVCWnd@@KKVCRect@@I@Z
?CreateNewChild@CMDIFrameWnd@@QAEPAVCMDIChildWnd@@PAUCRuntimeClass@@IPAUHMENU__@@PAUHACCEL__@@@Z
?CreateObject@CHtmlView@@SGPAVCObject@@XZ ?CreateObject@CTempDC@@SGPAVCObject@@XZ
?CreateObject@CTempGdiObject@@SGPAVCObject@@XZ ?CreateObject@CTempImageList@@SGPAVCObject@@XZ
?CreateObject@CTempMenu@@SGPAVCObject@@XZ ?CreateObject@CTempWnd@@SGPAVCObject@@XZ
?CreateTracker@COleControl@@IAEXHHPBUtagRECT@@@Z
?DDV_MinMaxDateTime@@YGXPAVCDataExchange@@AAVCOleDateTime@@PBV2@2@Z
?DDV_MinMaxDateTime@@YGXPAVCDataExchange@@AAVCTime@@PBV2@2@Z
?DDV_MinMaxMonth@@YGXPAVCDataExchange@@AAVCOleDateTime@@PBV2@2@Z
?DDV_MinMaxMonth@@YGXPAVCDataExchange@@AAVCTime@@PBV2@2@Z
?DDV_MinMaxSlider@@YGXPAVCDataExchange@@KKK@Z
?DDX_DateTimeCtrl@@YGXPAVCDataExchange@@HAAVCOleDateTime@@@Z
?DDX_DateTimeCtrl@@YGXPAVCDataExchange@@HAAVCTime@@@Z
?DDX_FieldSlider@@YGXPAVCDataExchange@@HAAHPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HPADHPAVCDaoRecordset@@@Z
?DDX_FieldText@@YGXPAVCDataExchange@@HPADHPAVCRecordset@@@Z
?DDX_MonthCalCtrl@@YGXPAVCDataExchange@@HAAVCOleDateTime@@@Z
?DDX_MonthCalCtrl@@YGXPAVCDataExchange@@HAAVCTime@@@Z ?DDX_Slider@@YGXPAVCDataExchange@@HAAH@Z
?DDX_Text@@YGXPAVCDataExchange@@HPADH@Z ?Delete@CString@@QAEHHH@Z ?DeleteItem@CComboBoxEx@@QAEHH@Z
?DocumentComplete@CHtmlView@@MAEXPAUIDispatch@@PAUtagVARIANT@@@Z ?DoModal@COleInsertDialog@@QAEHK@Z
?DrawGripper@CControlBar@@QAEXPAVCDC@@ABVCRect@@@Z
?DrawIndirect@CImageList@@QAEHPAU_IMAGELISTDRAWPARAMS@@@Z
?DrawIndirect@CImageList@@QAEHPAVCDC@@HUtagPOINT@@UtagSIZE@@1IKKK@Z
?EnableTrackingToolTips@CWnd@@QAEHH@Z ?EndDialog@CPropertyPage@@QAEXH@Z
?EndRequest@CHttpFile@@QAEHKPAU_INTERNET_BUFFERSA@@K@Z
?eventsinkMap@CHtmlView@@1UAFX_EVENTSINKMAP@@B
?Exec@XOleCommandTarget@COleFrameHook@@UAGJPBU_GUID@@KKPAUtagVARIANT@@1@Z
?ExecCommand@COleDocObjectItem@@QAEJKKPBU_GUID@@@Z
?ExecWB@CHtmlView@@QAEXW4OLECMDID@@W4OLECMDEXECOPT@@PAUtagVARIANT@@2@Z ?Find@CString@@QBEHDH@Z
?Find@CString@@QBEHPBDH@Z ?FontAttrSize@@YAHH@Z ?Free@CFixedAlloc@@QAEXPAX@Z
?FreeAll@CFixedAlloc@@QAEXXZ ?FreeData@CString@@KIXPAUCStringData@@@Z
?GetActiveView@COleDocObjectItem@@QBEPAUIOleDocumentView@@XZ
?GetAddress@CIPAddressCtrl@@QAEHAAE000@Z ?GetAddressBar@CHtmlView@@QBEHXZ
?GetApplication@CHtmlView@@QBEPAUIDispatch@@XZ ?GetAsSystemTime@COleDateTime@@QBEHAAU_SYSTEMTIME@@@Z
?GetAsSystemTime@CTime@@QBEHAAU_SYSTEMTIME@@@Z ?GetBusy@CHtmlView@@QBEHXZ
?GetCheck@CListCtrl@@QBEHH@Z ?GetCheck@CTreeCtrl@@QBEHPAU_TREEITEM@@@Z
?GetColorScheme@CReBarCtrl@@QAEHPAUtagCOLORSCHEME@@@Z ?GetColumnOrderArray@CListCtrl@@QAEHPAHH@Z
?GetContainer@CHtmlView@@QBEPAUIDispatch@@XZ ?GetCookie@CInternetSession@@SAHPBD0AAVCString@@@Z
?GetCookie@CInternetSession@@SAHPBD0PADK@Z ?GetCookieLength@CInternetSession@@SAKPBD0@Z
?GetCurSel@CListBox@@QBEHXZ ?GetCurSel@CMonthCalCtrl@@QBEHAAVCOleDateTime@@@Z
?GetCurSel@CMonthCalCtrl@@QBEHAAVCTime@@@Z ?GetCursor@CDataBoundProperty@@QAEPAUIUnknown@@XZ
?GetCursor@CDataSourceControl@@UAEPAUIUnknown@@XZ
?GetCursor@COleControlSite@@IAEJJPAPAUIUnknown@@PAPAX@Z ?GetDocumentCount@CDocManager@@IAEHXZ
?GetDropTarget@CToolBarCtrl@@QBEJPAPAUIDropTarget@@@Z
?GetEventSinkMap@CHtmlView@@MBEPBUAFX_EVENTSINKMAP@@XZ ?GetFirstDayOfWeek@CMonthCalCtrl@@QBEHPAH@Z
?GetFont@CWnd@@QBEPAVCFont@@XZ ?GetFullName@CHtmlView@@QBE?AVCString@@XZ
?GetFullScreen@CHtmlView@@QBEHXZ ?GetHeaderCtrl@CListCtrl@@QAEPAVCHeaderCtrl@@XZ
?GetHeight@CHtmlView@@QBEJXZ ?GetHelpMenu@COleDocObjectItem@@MAEPAVCMenu@@AAI@Z
?GetHtmlDocument@CHtmlView@@QBEPAUIDispatch@@XZ
?GetIconFromRegistry@COleClientItem@@QBEPAUHICON__@@XZ
?GetIconFromRegistry@COleClientItem@@SAPAUHICON__@@AAU_GUID@@@Z
?GetImageList@CReBarCtrl@@QBEPAVCImageList@@XZ
?GetInterfaceHook@COleFrameHook@@UAEPAUIUnknown@@PBX@Z
?GetInterfaceMap@COleDocObjectItem@@MBEPBUAFX_INTERFACEMAP@@XZ
?GetItem@CComboBoxEx@@QAEHPAUtagCOMBOBOXEXITEMA@@@Z ?GetItemState@CTabCtrl@@QBEKHK@Z
?GetLayout@CDC@@QBEKXZ ?GetLeft@CHtmlView@@QBEJXZ ?GetLocationName@CHtmlView@@QBE?AVCString@@XZ
?GetLocationURL@CHtmlView@@QBE?AVCString@@XZ ?GetMenuBar@CHtmlView@@QBEHXZ
?GetMessageMap@CHtmlView@@MBEPBUAFX_MSGMAP@@XZ ?GetMessageMap@COleDBRecordView@@MBEPBUAFX_MSGMAP@@XZ
?GetMessageMap@CReBar@@MBEPBUAFX_MSGMAP@@XZ ?GetMoniker@CMonikerFile@@QBEPAUIMoniker@@XZ
?GetMonthRange@CMonthCalCtrl@@QBEHAAVCOleDateTime@@0K@Z
?GetMonthRange@CMonthCalCtrl@@QBEHAAVCTime@@0K@Z
?GetMonthRange@CMonthCalCtrl@@QBEHPAU_SYSTEMTIME@@0K@Z ?GetOffline@CHtmlView@@QBEHXZ
?GetOrderArray@CHeaderCtrl@@QAEHPAHH@Z ?GetOwner@CWnd@@QBEPAV1@XZ
?GetPageCount@COleDocObjectItem@@QAEHPAJ0@Z ?GetPageRect@CRichEditView@@QBE?AVCRect@@XZ
?GetParentBrowser@CHtmlView@@QBEPAUIDispatch@@XZ ?GetPrintRect@CRichEditView@@QBE?AVCRect@@XZ
?GetProperty@CHtmlView@@QAE?AVCOleVariant@@PBD@Z ?GetProperty@CHtmlView@@QAEHPBDAAVCString@@@Z
?GetPropSheetHeader@CPropertySheet@@QAEPAU_AFX_OLDPROPSHEETHEADER@@XZ
?GetRange@CDateTimeCtrl@@QBEKPAVCOleDateTime@@0@Z ?GetRange@CDateTimeCtrl@@QBEKPAVCTime@@0@Z
?GetRange@CMonthCalCtrl@@QBEKPAU_SYSTEMTIME@@0@Z ?GetRange@CMonthCalCtrl@@QBEKPAVCOleDateTime@@0@Z
?GetRange@CMonthCalCtrl@@QBEKPAVCTime@@0@Z ?GetRange@CProgressCtrl@@QAEXAAH0@Z
?GetReadyState@CHtmlView@@QBE?AW4tagREADYSTATE@@XZ ?GetRegisterAsBrowser@CHtmlView@@QBEHXZ
?GetRegisterAsDropTarget@CHtmlView@@QBEHXZ ?GetRoutingFrame_@CCmdTarget@@KGPAVCFrameWnd@@XZ
?GetRoutingView_@CCmdTarget@@KGPAVCView@@XZ ?GetRuntimeClass@CComboBoxEx@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CDateTimeCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CHtmlView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CIPAddressCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CMonthCalCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleDBRecordView@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@COleDocObjectItem@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPropertyPageEx@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CPropertySheetEx@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CReBar@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CReBarCtrl@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTempDC@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTempGdiObject@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTempImageList@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTempMenu@@UBEPAUCRuntimeClass@@XZ
?GetRuntimeClass@CTempWnd@@UBEPAUCRuntimeClass@@XZ ?GetSafeOwner_@CWnd@@SGPAUHWND__@@PAU2@PAPAU2@@Z
?GetSelRange@CMonthCalCtrl@@QBEHAAVCOleDateTime@@0@Z ?GetSelRange@CMonthCalCtrl@@QBEHAAVCTime@@0@Z
?GetSelRange@CMonthCalCtrl@@QBEHPAU_SYSTEMTIME@@0@Z ?GetSilent@CHtmlView@@QBEHXZ
?GetStatusBar@CHtmlView@@QBEHXZ ?GetSubItemRect@CListCtrl@@QAEHHHHAAVCRect@@@Z
?GetTabControl@CPropertySheet@@QBEPAVCTabCtrl@@XZ ?GetTempName@CMirrorFile@@SA?AVCString@@PBDH@Z
?GetTheaterMode@CHtmlView@@QBEHXZ ?GetTime@CDateTimeCtrl@@QBEHAAVCOleDateTime@@@Z
?GetTime@CDateTimeCtrl@@QBEKAAVCTime@@@Z ?GetTipText@CStatusBarCtrl@@QBE?AVCString@@H@Z
?GetTitle@CFrameWnd@@QBE?AVCString@@XZ ?GetToday@CMonthCalCtrl@@QBEHAAVCOleDateTime@@@Z
?GetToday@CMonthCalCtrl@@QBEHAAVCTime@@@Z ?GetToolBar@CHtmlView@@QBEHXZ ?GetTop@CHtmlView@@QBEJXZ
?GetTopLevelContainer@CHtmlView@@QBEHXZ ?GetType@CHtmlView@@QBE?AVCString@@XZ
?GetVisible@CHtmlView@@QBEHXZ ?HasFont@@YAHPBUDLGTEMPLATE@@@Z ?Insert@CString@@QAEHHD@Z
?Insert@CString@@QAEHHPBD@Z ?InsertAfter@CStringList@@QAEPAU__POSITION@@PAU2@ABVCString@@@Z
?InsertAt@CStringArray@@QAEXHABVCString@@H@Z
?InsertBefore@CStringList@@QAEPAU__POSITION@@PAU2@ABVCString@@@Z ?InsertEmpty@CStringArray@@IAEXHH@Z
?InsertItem@CComboBoxEx@@QAEHPBUtagCOMBOBOXEXITEMA@@@Z ?InsertItem@CTabCtrl@@QAEHIHPBDHJ@Z
?InsertItem@CTabCtrl@@QAEHIHPBDHJKK@Z ?interfaceMap@COleDocObjectItem@@1UAFX_INTERFACEMAP@@B
?IsButtonEnabled@CPropertyPage@@IAEHH@Z ?IsButtonUp@@YAHPAUtagMSG@@@Z
?IsDialogEx@@YAHPBUDLGTEMPLATE@@@Z ?IsDirSep@@YAHD@Z ?IsEnterKey@@YAHPAUtagMSG@@@Z
?IsHelpKey@@YGHPAUtagMSG@@@Z ?Layout@CToolBar@@IAEXXZ ?LoadBitmapA@CBitmap@@QAEHI@Z
?LoadFromResource@CHtmlView@@QAEHI@Z ?LoadFromResource@CHtmlView@@QAEHPBD@Z
?MDIActivate@CMDIChildWnd@@QAEXXZ ?MDIDestroy@CMDIChildWnd@@QAEXXZ
?messageMap@CHtmlView@@1UAFX_MSGMAP@@B ?messageMap@COleDBRecordView@@1UAFX_MSGMAP@@B
?messageMap@CReBar@@1UAFX_MSGMAP@@B ?Navigate@CHtmlView@@QAEXPBDK00PAXK@Z
?Navigate2@CHtmlView@@QAEXPAU_ITEMIDLIST@@KPBD@Z ?Navigate2@CHtmlView@@QAEXPBDK00PAXK@Z
?Navigate2@CHtmlView@@QAEXPBDKAAVCByteArray@@00@Z
?NavigateComplete2@CHtmlView@@MAEXPAUIDispatch@@PAUtagVARIANT@@@Z
?OnBeforeNavigate2@CHtmlView@@UAEXPBDK0AAVCByteArray@@0PAH@Z
?OnButtonDblClk@COleControl@@IAEXGIVCPoint@@@Z ?OnButtonDown@COleControl@@IAEXGIVCPoint@@@Z
?OnButtonUp@COleControl@@IAEXGIVCPoint@@@Z ?OnCommandStateChange@CHtmlView@@UAEXJH@Z
?OnDestroy@CHtmlView@@IAEXXZ ?OnDocumentComplete@CHtmlView@@UAEXPBD@Z
?OnDownloadBegin@CHtmlView@@UAEXXZ ?OnDownloadComplete@CHtmlView@@UAEXXZ
?OnDraw@CHtmlView@@UAEXPAVCDC@@@Z ?OnEnable@CToolTipCtrl@@IAEXH@Z
?OnEraseBkgnd@COleControl@@IAEHPAVCDC@@@Z ?OnEraseBkgnd@CReBar@@IAEHPAVCDC@@@Z
?OnFieldChange@XRowsetNotify@COleControlSite@@UAGJPAUIRowset@@KKQAKKKH@Z
?OnFilePrint@CHtmlView@@QAEXXZ ?OnFullScreen@CHtmlView@@UAEXH@Z
?OnGetItemPosition@COleDocObjectItem@@MAEXAAVCRect@@@Z
?OnHeightChange@CReBar@@IAEXPAUtagNMHDR@@PAJ@Z ?OnHelpPromptAddr@CFrameWnd@@IAEJIJ@Z
?OnInitialUpdate@COleDBRecordView@@UAEXXZ ?OnInitMenu@CFrameWnd@@IAEXPAVCMenu@@@Z
?OnInitMenu@COleFrameHook@@UAEXPAVCMenu@@@Z ?OnInitMenuPopup@COleFrameHook@@UAEHPAVCMenu@@HH@Z
?OnInsertMenus@COleDocObjectItem@@UAEXPAVCMenu@@PAUtagOleMenuGroupWidths@@@Z
?OnMenuBar@CHtmlView@@UAEXH@Z ?OnMenuSelect@COleFrameHook@@UAEHIIPAUHMENU__@@@Z
?OnMove@COleDBRecordView@@UAEHI@Z ?OnNavigateComplete2@CHtmlView@@UAEXPBD@Z
?OnNcCalcSize@CReBar@@IAEXHPAUtagNCCALCSIZE_PARAMS@@@Z
?OnNcCreate@CReBar@@IAEHPAUtagCREATESTRUCTA@@@Z ?OnNcPaint@CReBar@@IAEXXZ
?OnNewWindow2@CHtmlView@@UAEXPAPAUIDispatch@@PAH@Z ?OnPaint@CHtmlView@@IAEXXZ
?OnPaint@CReBar@@IAEXXZ ?OnPreparePrinting@COleDocObjectItem@@SAHPAVCView@@PAUCPrintInfo@@H@Z
?OnPreserveZeroBorderHelper@CToolBar@@IAEJIJ@Z
?OnPrint@COleDocObjectItem@@SAXPAVCView@@PAUCPrintInfo@@H@Z ?OnProgressChange@CHtmlView@@UAEXJJ@Z
?OnPropertyChange@CHtmlView@@UAEXPBD@Z ?OnQuit@CHtmlView@@UAEXXZ ?OnRecalcParent@CReBar@@IAEXXZ
?OnRemoveMenus@COleDocObjectItem@@UAEXPAVCMenu@@@Z
?OnRowChange@XRowsetNotify@COleControlSite@@UAGJPAUIRowset@@KQBKKKH@Z
?OnRowsetChange@XRowsetNotify@COleControlSite@@UAGJPAUIRowset@@KKH@Z
?OnSetSizeHelper@CToolBar@@IAEJAAVCSize@@J@Z ?OnShowBand@CReBar@@IAEJIJ@Z
?OnSize@CHtmlView@@IAEXIHH@Z ?OnStatusBar@CHtmlView@@UAEXH@Z
?OnStatusTextChange@CHtmlView@@UAEXPBD@Z ?OnTheaterMode@CHtmlView@@UAEXH@Z
?OnTitleChange@CHtmlView@@UAEXPBD@Z ?OnToolBar@CHtmlView@@UAEXH@Z
?OnToolHitTest@CReBar@@UBEHVCPoint@@PAUtagTOOLINFOA@@@Z
?OnToolTipText@CMDIChildWnd@@IAEHIPAUtagNMHDR@@PAJ@Z ?OnUpdateCmdUI@CReBar@@UAEXPAVCFrameWnd@@H@Z
?OnUpdateRecordFirst@COleDBRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordLast@COleDBRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordNext@COleDBRecordView@@IAEXPAVCCmdUI@@@Z
?OnUpdateRecordPrev@COleDBRecordView@@IAEXPAVCCmdUI@@@Z ?OnVisible@CHtmlView@@UAEXH@Z
?PutProperty@CHtmlView@@QAEXPBDABUtagVARIANT@@@Z ?QueryInfo@CHttpFile@@QBEHKAAKPAK@Z
?QueryStatus@XOleCommandTarget@COleFrameHook@@UAGJPBU_GUID@@KQAU_tagOLECMD@@PAU_tagOLECMDTEXT@@@Z
?QueryStatusWB@CHtmlView@@QBE?AW4OLECMDF@@W4OLECMDID@@@Z
?Release@COleDocObjectItem@@UAEXW4tagOLECLOSE@@@Z ?ReleaseCaches@COleControl@@IAEXXZ
?Remove@CString@@QAEHD@Z ?RemoveAll@CTypeLibCacheMap@@UAEXPAX@Z ?Replace@CString@@QAEHDD@Z
?Replace@CString@@QAEHPBD0@Z ?RFX_Date@@YGXPAVCFieldExchange@@PBDAAVCOleDateTime@@@Z
?RFX_Text@@YGXPAVCFieldExchange@@PBDPADHHF@Z ?ScreenToClient@CWnd@@QBEXPAUtagRECT@@@Z
?SendRequestEx@CHttpFile@@QAEHKKK@Z ?SendRequestEx@CHttpFile@@QAEHPAU_INTERNET_BUFFERSA@@0KK@Z
?SetAtGrow@CStringArray@@QAEXHABVCString@@@Z ?SetBinding@CAsyncMonikerFile@@IAEXPAUIBinding@@@Z
?SetBkImage@CListCtrl@@QAEHPADHHH@Z ?SetBkImage@CListCtrl@@QAEHPAUHBITMAP__@@HHH@Z
?SetBorders@CControlBar@@QAEXHHHH@Z ?SetCheck@CListCtrl@@QAEHHH@Z
?SetCheck@CTreeCtrl@@QAEHPAU_TREEITEM@@H@Z ?SetColorScheme@CReBarCtrl@@QAEXPBUtagCOLORSCHEME@@@Z
?SetColumnOrderArray@CListCtrl@@QAEHHPAH@Z ?SetCookie@CInternetSession@@SAHPBD00@Z
?SetCurSel@CMonthCalCtrl@@QAEHABVCOleDateTime@@@Z ?SetCurSel@CMonthCalCtrl@@QAEHABVCTime@@@Z
?SetDayState@CMonthCalCtrl@@QAEHHPAK@Z ?SetFirstDayOfWeek@CMonthCalCtrl@@QAEHHPAH@Z
?SetFontNotifySink@CFontHolder@@QAEXPAUIPropertyNotifySink@@@Z
?SetFormatEtc@CAsyncMonikerFile@@IAEXPAUtagFORMATETC@@@Z
?SetHandles@CMDIChildWnd@@QAEXPAUHMENU__@@PAUHACCEL__@@@Z
?SetIconSpacing@CListCtrl@@QAE?AVCSize@@HH@Z ?SetIconSpacing@CListCtrl@@QAE?AVCSize@@V2@@Z
?SetImageList@CReBarCtrl@@QAEHPAVCImageList@@@Z ?SetItem@CComboBoxEx@@QAEHPBUtagCOMBOBOXEXITEMA@@@Z
?SetItemCountEx@CListCtrl@@QAEHHK@Z ?SetItemState@CListCtrl@@QAEHHII@Z
?SetItemState@CTabCtrl@@QAEHHKK@Z ?SetItemText@CListCtrl@@QAEHHHPBD@Z ?SetLayout@CDC@@QAEKK@Z
?SetOrderArray@CHeaderCtrl@@QAEHHPAH@Z ?SetRange@CDateTimeCtrl@@QAEHPBVCOleDateTime@@0@Z
?SetRange@CDateTimeCtrl@@QAEHPBVCTime@@0@Z ?SetRange@CMonthCalCtrl@@QAEHPBVCOleDateTime@@0@Z
?SetRange@CMonthCalCtrl@@QAEHPBVCTime@@0@Z ?SetRange@CMonthCalCtrl@@QAEHQAU_SYSTEMTIME@@0@Z
?SetSelectionCheck@CCheckListBox@@IAEXH@Z ?SetSelRange@CMonthCalCtrl@@QAEHABVCOleDateTime@@0@Z
?SetSelRange@CMonthCalCtrl@@QAEHABVCTime@@0@Z ?SetSelRange@CMonthCalCtrl@@QAEHQAU_SYSTEMTIME@@0@Z
?SetTime@CDateTimeCtrl@@QAEHABVCOleDateTime@@@Z ?SetTime@CDateTimeCtrl@@QAEHPAU_SYSTEMTIME@@@Z
?SetTime@CDateTimeCtrl@@QAEHPBVCTime@@@Z ?SetToday@CMonthCalCtrl@@QAEXABVCOleDateTime@@@Z
?SetToday@CMonthCalCtrl@@QAEXPBVCTime@@@Z ?SizeMinReq@CMonthCalCtrl@@QAEHH@Z
?SupportsIPrint@COleDocObjectItem@@IAEHXZ ?ToVariant@CDataSourceControl@@QAE?AVCOleVariant@@H@Z
?TrimLeft@CString@@QAEXD@Z ?TrimLeft@CString@@QAEXPBD@Z ?TrimRight@CString@@QAEXD@Z
?TrimRight@CString@@QAEXPBD@Z ?WindowProc@CReBar@@MAEJIIJ@Z
`;
